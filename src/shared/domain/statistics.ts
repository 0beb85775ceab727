/** Order statistics on small samples; the quickscan reports medians with their spread, never means. */

/** Linear-interpolated quantile (the "type 7" of R and NumPy) of sorted values; null when empty. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null
  const position = (sorted.length - 1) * q
  const lower = Math.floor(position)
  const upper = Math.ceil(position)
  const low = sorted[lower] as number
  const high = sorted[upper] as number
  return low + (high - low) * (position - lower)
}

export interface Spread {
  median: number
  min: number
  max: number
  /** Interquartile range: the width of the middle half of the answers. */
  iqr: number
}

export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const q1 = quantile(sorted, 0.25) as number
  const q3 = quantile(sorted, 0.75) as number
  return {
    median: quantile(sorted, 0.5) as number,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    iqr: q3 - q1
  }
}
