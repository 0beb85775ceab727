import type { Verdict } from '../../../shared/domain/quickscan-merge'

/**
 * One hue, five steps of lightness (ColorBrewer "Blues"): readable for every kind of colour
 * blindness and still in order when printed in grey. Each cell also prints its median, so the
 * colour is never the only carrier of the figure.
 */
export const heatFills = ['EFF3FF', 'BDD7E7', '6BAED6', '3182BD', '08519C'] as const
export const heatText = ['1A1A1A', '1A1A1A', '1A1A1A', 'FFFFFF', 'FFFFFF'] as const

/** Median 1–5 to a step 0–4 (halves round up: 3,5 counts as 4). */
export function heatStep(median: number): number {
  return Math.min(4, Math.max(0, Math.round(median) - 1))
}

export const verdictShort: Record<Verdict, string> = {
  eens: 'eens',
  verdeeld: 'verdeeld',
  'geen-zicht': 'geen zicht'
}
