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

const width = 1500
const labelWidth = 420
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

function legend(raster: Raster, y: number, items: { label: string; draw(x: number): void }[]) {
  let x = margin
  for (const item of items) {
    item.draw(x)
    x += 40 + raster.text(x + 40, y, item.label, ink) + 36
  }
}

/** One stacked bar per row: the share of positive, partial, negative and `?` answers. */
export function distributionChart(
  rows: readonly DistributionRow[],
  partLabels: Record<AnswerPart, string>,
  describe: (row: DistributionRow, shares: Record<AnswerPart, number>) => string
): Chart {
  const rowHeight = 58
  const top = margin + lineHeight + 24
  const height = top + rows.length * rowHeight + margin
  const raster = new Raster(width, height)
  legend(
    raster,
    margin,
    answerParts.map((part) => ({
      label: partLabels[part.id],
      draw: (x: number) => {
        raster.fillRect(x, margin + 4, 30, 30, part.fill)
        if (part.hatch) raster.hatch(x, margin + 4, 30, 30, grid, 8)
        raster.strokeRect(x, margin + 4, 30, 30, ink)
      }
    }))
  )
  rows.forEach((row, i) => {
    const y = top + i * rowHeight
    raster.text(margin, y + (rowHeight - lineHeight) / 2, fitText(row.label, labelWidth), ink)
    const shares = partShares(row.counts)
    let x = barLeft
    for (const part of answerParts) {
      const w = shares[part.id] * barWidth
      if (w <= 0) continue
      raster.fillRect(x, y + 6, w, rowHeight - 12, part.fill)
      if (part.hatch) raster.hatch(x, y + 6, w, rowHeight - 12, grid)
      const label = percent(shares[part.id])
      if (textWidth(label) + 12 < w) {
        const tx = x + (w - textWidth(label)) / 2
        if (part.hatch)
          raster.fillRect(tx - 4, y + 10, textWidth(label) + 8, rowHeight - 20, 'FFFFFF')
        raster.text(tx, y + (rowHeight - lineHeight) / 2, label, part.ink)
      }
      x += w
    }
    raster.strokeRect(barLeft, y + 6, barWidth, rowHeight - 12, ink)
  })
  return {
    png: raster.toPng(),
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
  const top = margin + lineHeight + 24
  const height = top + rows.length * rowHeight + margin
  const raster = new Raster(width, height)
  const valueRoom = textWidth('100%') + 16
  const span = barWidth - valueRoom
  const thenBar = (x: number, y: number, w: number) => {
    raster.fillRect(x, y, w, bar, 'D9D9D9')
    raster.hatch(x, y, w, bar, '595959')
    raster.strokeRect(x, y, w, bar, ink)
  }
  legend(raster, margin, [
    { label: labels.then, draw: (x) => thenBar(x, margin + 4, 30) },
    { label: labels.now, draw: (x) => raster.fillRect(x, margin + 4, 30, 30, '1F4E79') }
  ])
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
