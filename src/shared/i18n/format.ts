import { dateTimeFormat, numberFormat } from './intl-formats'
import { intlLocale, type Locale } from './locale'

/**
 * Numbers as the reader writes them: "7,5" in Dutch, "7.5" in English, "1.000" / "1,000".
 * At most `maximumFractionDigits` decimals (one by default: grades and medians).
 */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 1): string {
  return numberFormat(intlLocale(locale), { maximumFractionDigits }).format(value)
}

/** A difference with its sign in words' place: "+0,5" / "−0,5"; zero has no sign. */
export function formatSignedNumber(locale: Locale, value: number): string {
  return numberFormat(intlLocale(locale), {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero'
  }).format(value)
}

/** Date and time for a moment: "1 december 2026 om 09:15" / "1 December 2026 at 09:15". */
export function formatDateTime(locale: Locale, moment: Date | string): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment
  return dateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeStyle: 'short'
  }).format(date)
}

/** "22 november 2026" for `2026-11-22`, read as a calendar date (no time zone shifts). */
export function formatCalendarDate(locale: Locale, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  if (!year || !month || !day) return isoDate
  return dateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC'
  }).format(new Date(Date.UTC(year, month - 1, day)))
}
