import { numberFormat } from '../../../shared/i18n/intl-formats'

/** "0,5" and "7,5" in Dutch, "0.5" in English: at most one decimal, none when whole. */
export function formatNumber(value: number, intlLocale: string): string {
  return numberFormat(intlLocale, { maximumFractionDigits: 1 }).format(value)
}
