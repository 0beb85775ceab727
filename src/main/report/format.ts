import { dutchMonths } from './report-text'

/** `2026-11-22` → `22 november 2026`, read from the digits so no time zone can shift the day. */
export function dutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  const name = dutchMonths[(month ?? 0) - 1]
  if (!year || !day || !name) return isoDate
  return `${day} ${name} ${year}`
}

/** `7.5` → `7,5`; whole numbers stay whole. */
export function dutchNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10
  return String(rounded).replace('.', ',')
}

/** A card text the pack writes in lower case ("laat leraren …"), shown on its own. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Non-empty parts joined, so an unset field leaves no dangling separator. */
export function joinPresent(
  parts: readonly (string | null | undefined)[],
  separator: string
): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join(separator)
}
