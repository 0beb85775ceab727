import type { Translate } from '../../i18n'

/** Where a target of the table of contents lives; the panel's ids all start with this. */
export function anchorId(id: string): string {
  return `reference-${id}`
}

/** "3.5" reads as a paragraph number ("§ 3.5"); "Bijlage A" already says what it is. */
export function formatLocation(t: Translate, location: string): string {
  return /^\d/.test(location) ? t('reference.paragraph', { number: location }) : location
}

/** "Bron: Notitie ouderbetrokkenheid, § 3.5". */
export function sourceLine(t: Translate, sourceName: string, location?: string): string {
  const source = location ? `${sourceName}, ${formatLocation(t, location)}` : sourceName
  return t('reference.source', { source })
}
