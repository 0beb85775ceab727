import { dateTimeFormat } from '../../../shared/i18n/intl-formats'

/** "22 november 2026" for `2026-11-22`, read as a calendar date (no time zone shifts). */
export function formatCalendarDate(isoDate: string, intlLocale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  if (!year || !month || !day) return isoDate
  return dateTimeFormat(intlLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC'
  }).format(new Date(Date.UTC(year, month - 1, day)))
}

/** Today's date on this computer as `yyyy-mm-dd`. */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
