import type { ItemSummary, QuickscanMerge } from './quickscan-merge'
import { sortItems } from './quickscan-merge'

/**
 * The four groups the quickscan itself asks the team to look for ("waar overeenstemming over is,
 * waar de meningen verdeeld zijn en op welke zaken u nog onvoldoende zicht hebt … waar het goed
 * gaat en waar aan gewerkt kan worden").
 */
export const glanceGroups = ['sterk', 'verbeteren', 'verdeeld', 'geen-zicht'] as const
export type GlanceGroup = (typeof glanceGroups)[number]

/**
 * An agreed item is a strength when its middle is at least `+`; anything lower, `+/-`
 * ("gedeeltelijk") included, is something the team agrees could be better.
 */
export const strengthFrom = 4

export function glanceGroupOf(item: ItemSummary): GlanceGroup | null {
  if (item.verdict === 'geen-zicht') return 'geen-zicht'
  if (item.verdict === 'verdeeld') return 'verdeeld'
  if (item.verdict === 'eens' && item.spread) {
    return item.spread.median >= strengthFrom ? 'sterk' : 'verbeteren'
  }
  return null
}

export type QuickscanGlance = Record<GlanceGroup, ItemSummary[]>

/**
 * Each item in one group at most (unanswered items in none), ordered so the clearest come
 * first: strengths highest first, improvements lowest first, divided most divided first, blind
 * spots most `?` first.
 */
export function quickscanGlance(merge: QuickscanMerge): QuickscanGlance {
  const of = (group: GlanceGroup) => merge.items.filter((item) => glanceGroupOf(item) === group)
  const median = (item: ItemSummary) => item.spread?.median ?? 0
  return {
    sterk: of('sterk').sort((a, b) => median(b) - median(a)),
    verbeteren: of('verbeteren').sort((a, b) => median(a) - median(b)),
    verdeeld: sortItems(of('verdeeld'), 'most-divided'),
    'geen-zicht': sortItems(of('geen-zicht'), 'most-unknown')
  }
}
