import type { Verdict } from '../../../shared/domain/quickscan-merge'

/** What the heatmap shows: schools down, success factors across. */
export interface HeatmapCell {
  median: number | null
  verdict: Verdict | null
  unknownShare: number
}

export interface HeatmapRow {
  label: string
  note: string
  tooFew: boolean
  cells: (HeatmapCell | null)[]
}

export interface HeatmapInput {
  columns: { number: number; title: string }[]
  rows: HeatmapRow[]
  tooFewText: string
  legend: { scale: string; low: string; high: string; hatch: string; empty: string }
}
