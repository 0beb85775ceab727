import { numberFormat } from '../../../../shared/i18n/intl-formats'

/** `3.5` → `3,5` in Dutch, `3.5` in English; whole numbers stay whole. */
export function decimal(value: number, intl: string): string {
  return numberFormat(intl, { maximumFractionDigits: 1 }).format(value)
}

export function percent(share: number, intl: string): string {
  return numberFormat(intl, { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

/** Median 1–5 to a heat step 1–5 (halves round up), as in the report's chart. */
export function heatStep(median: number): number {
  return Math.min(5, Math.max(1, Math.round(median)))
}
