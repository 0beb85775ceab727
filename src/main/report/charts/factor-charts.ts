import type { QuickscanAnswer } from '../../../shared/content/quickscan'
import { fitText, lineHeight, Raster, textWidth, type Colour } from './raster'

/** A chart as the report embeds it: PNG bytes, their size, and what it shows in words. */
export interface Chart {
  png: Uint8Array
  width: number
  height: number
  /** Alt text: the same facts as the picture, for screen readers and when it does not load. */
  description: string
}

/**
 * Four parts of an answer distribution, each told apart by lightness and, for "geen zicht",
 * hatching, so the chart still reads on a grey printer. Blue for positive: nothing here calls
 * a weakness green.
 */
export const answerParts = [
  { id: 'positief', answers: ['++', '+'], fill: '1F4E79', ink: 'FFFFFF', hatch: false },
  { id: 'gedeeltelijk', answers: ['+/-'], fill: 'BDD7EE', ink: '000000', hatch: false },
  { id: 'negatief', answers: ['-', '--'], fill: 'C55A11', ink: 'FFFFFF', hatch: false },
  { id: 'geen-zicht', answers: ['?'], fill: 'FFFFFF', ink: '000000', hatch: true }
] as const satisfies readonly {
  id: string
  answers: readonly QuickscanAnswer[]
  fill: Colour
  ink: Colour
  hatch: boolean
}[]
export type AnswerPart = (typeof answerParts)[number]['id']

export interface DistributionRow {
  label: string
  counts: Record<QuickscanAnswer, number>
}

const width = 1200
const labelWidth = 360
const margin = 24
const barLeft = margin + labelWidth + 16
const barWidth = width - barLeft - margin
const ink = '000000'
const grid = '7F7F7F'

export function partShares(counts: Record<QuickscanAnswer, number>): Record<AnswerPart, number> {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0)
  return Object.fromEntries(
    answerParts.map((part) => [
      part.id,
      total === 0 ? 0 : part.answers.reduce((sum, a) => sum + counts[a], 0) / total
    ])
  ) as Record<AnswerPart, number>
}

const percent = (share: number) => `${Math.round(share * 100)}%`

interface LegendItem {
  label: string
  draw(x: number, y: number): void
}

/** Where each legend item goes, wrapping to a new line when the next would not fit. */
function legendPlaces(items: readonly LegendItem[]): { x: number; y: number }[] {
  let x = margin
  let y = margin
  return items.map((item) => {
    const itemWidth = 40 + textWidth(item.label)
    if (x > margin && x + itemWidth > width - margin) {
      x = margin
      y += lineHeight + 12
    }
    const place = { x, y }
    x += itemWidth + 36
    return place
  })
}

/** Draws the legend; returns the y where the chart below it may start. */
function legend(raster: Raster, items: readonly LegendItem[]): number {
  const places = legendPlaces(items)
  items.forEach((item, i) => {
    const { x, y } = places[i] ?? { x: margin, y: margin }
    item.draw(x, y + 4)
    raster.text(x + 40, y, item.label, ink)
  })
  return (places.at(-1)?.y ?? margin) + lineHeight + 24
}

function legendHeight(items: readonly LegendItem[]): number {
  return (legendPlaces(items).at(-1)?.y ?? margin) + lineHeight + 24
}

/** One stacked bar per row: the share of positive, partial, negative and `?` answers. */
export function distributionChart(
  rows: readonly DistributionRow[],
  partLabels: Record<AnswerPart, string>,
  describe: (row: DistributionRow, shares: Record<AnswerPart, number>) => string
): Chart {
  const rowHeight = 58
  let raster: Raster | null = null
  const items: LegendItem[] = answerParts.map((part) => ({
    label: partLabels[part.id],
    draw: (x, y) => {
      raster?.fillRect(x, y, 30, 30, part.fill)
      if (part.hatch) raster?.hatch(x, y, 30, 30, grid, 8)
      raster?.strokeRect(x, y, 30, 30, ink)
    }
  }))
  const top = legendHeight(items)
  const height = top + rows.length * rowHeight + margin
  raster = new Raster(width, height)
  legend(raster, items)
  const canvas = raster
  rows.forEach((row, i) => {
    const y = top + i * rowHeight
    canvas.text(margin, y + (rowHeight - lineHeight) / 2, fitText(row.label, labelWidth), ink)
    const shares = partShares(row.counts)
    let x = barLeft
    for (const part of answerParts) {
      const w = shares[part.id] * barWidth
      if (w <= 0) continue
      canvas.fillRect(x, y + 6, w, rowHeight - 12, part.fill)
      if (part.hatch) canvas.hatch(x, y + 6, w, rowHeight - 12, grid)
      const label = percent(shares[part.id])
      if (textWidth(label) + 12 < w) {
        const tx = x + (w - textWidth(label)) / 2
        if (part.hatch)
          canvas.fillRect(tx - 4, y + 10, textWidth(label) + 8, rowHeight - 20, 'FFFFFF')
        canvas.text(tx, y + (rowHeight - lineHeight) / 2, label, part.ink)
      }
      x += w
    }
    canvas.strokeRect(barLeft, y + 6, barWidth, rowHeight - 12, ink)
  })
  return {
    png: canvas.toPng(),
    width,
    height,
    description: rows.map((row) => describe(row, partShares(row.counts))).join(' ')
  }
}

export interface ChangeRow {
  label: string
  then: number | null
  now: number | null
}

/** Two bars per row, then (hatched grey) above now (solid): the share of positive answers. */
export function changeChart(
  rows: readonly ChangeRow[],
  labels: { then: string; now: string; none: string },
  describe: (row: ChangeRow) => string
): Chart {
  const bar = 30
  const rowHeight = bar * 2 + 30
  const legendItems: LegendItem[] = [
    { label: labels.then, draw: (x, y) => thenBar(x, y, 30) },
    { label: labels.now, draw: (x, y) => raster.fillRect(x, y, 30, 30, '1F4E79') }
  ]
  const top = legendHeight(legendItems)
  const height = top + rows.length * rowHeight + margin
  const raster = new Raster(width, height)
  const valueRoom = textWidth('100%') + 16
  const span = barWidth - valueRoom
  const thenBar = (x: number, y: number, w: number) => {
    raster.fillRect(x, y, w, bar, 'D9D9D9')
    raster.hatch(x, y, w, bar, '595959')
    raster.strokeRect(x, y, w, bar, ink)
  }
  legend(raster, legendItems)
  rows.forEach((row, i) => {
    const y = top + i * rowHeight
    raster.text(margin, y + bar - lineHeight / 2, fitText(row.label, labelWidth), ink)
    const draw = (value: number | null, by: number, paint: (w: number) => void) => {
      if (value === null) {
        raster.text(barLeft + 10, by + (bar - lineHeight) / 2, labels.none, grid)
        return
      }
      const w = Math.max(2, value * span)
      paint(w)
      raster.text(barLeft + w + 8, by + (bar - lineHeight) / 2, percent(value), ink)
    }
    draw(row.then, y, (w) => thenBar(barLeft, y, w))
    draw(row.now, y + bar + 4, (w) => raster.fillRect(barLeft, y + bar + 4, w, bar, '1F4E79'))
  })
  // The axis: where 0% is.
  raster.fillRect(barLeft - 2, top - 6, 2, rows.length * rowHeight, ink)
  return { png: raster.toPng(), width, height, description: rows.map(describe).join(' ') }
}
