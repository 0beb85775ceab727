import type { Verdict } from '../../../shared/domain/quickscan-merge'
import { unknownThreshold } from '../../../shared/domain/quickscan-merge'
import { heatFills, heatStep, heatText, verdictShort } from './heat-scale'

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

const layout = {
  labelWidth: 280,
  cell: 66,
  rowHeight: 36,
  headerHeight: 60,
  font: 'DejaVu Sans, Calibri, Arial, sans-serif'
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const decimal = (value: number) => (Math.round(value * 10) / 10).toString().replace('.', ',')

/** Long school names are cut, not squeezed: the table behind the chart has them in full. */
const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text

function cellSvg(cell: HeatmapCell | null, x: number, y: number): string {
  const { cell: w, rowHeight: h } = layout
  if (!cell || cell.median === null) {
    const label = cell ? '?' : '–'
    return (
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#FFFFFF" stroke="#C9C9C4"/>` +
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#hatch)"/>` +
      `<text x="${x + w / 2}" y="${y + 25}" text-anchor="middle" font-size="15" fill="#1A1A1A">${label}</text>`
    )
  }
  const step = heatStep(cell.median)
  const hatch = cell.unknownShare >= unknownThreshold
  const verdict = cell.verdict ? verdictShort[cell.verdict] : ''
  return (
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#${heatFills[step]}" stroke="#FFFFFF"/>` +
    (hatch ? `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#hatch)"/>` : '') +
    `<text x="${x + w / 2}" y="${y + 18}" text-anchor="middle" font-size="16" font-weight="bold" fill="#${heatText[step]}">${decimal(cell.median)}</text>` +
    `<text x="${x + w / 2}" y="${y + 33}" text-anchor="middle" font-size="11" fill="#${heatText[step]}">${escape(verdict)}</text>`
  )
}

function rowSvg(row: HeatmapRow, index: number, columns: number, tooFewText: string): string {
  const y = layout.headerHeight + index * layout.rowHeight
  const label =
    `<text x="8" y="${y + 18}" font-size="15" fill="#1A1A1A">${escape(clip(row.label, 28))}</text>` +
    `<text x="8" y="${y + 34}" font-size="11" fill="#4D4D4D">${escape(clip(row.note, 42))}</text>`
  if (row.tooFew) {
    const x = layout.labelWidth
    return (
      label +
      `<rect x="${x}" y="${y}" width="${columns * layout.cell}" height="${layout.rowHeight}" fill="#F2F2F2" stroke="#FFFFFF"/>` +
      `<text x="${x + 12}" y="${y + 25}" font-size="14" font-style="italic" fill="#4D4D4D">${escape(tooFewText)}</text>`
    )
  }
  return (
    label +
    row.cells.map((cell, c) => cellSvg(cell, layout.labelWidth + c * layout.cell, y)).join('')
  )
}

function headerSvg(columns: HeatmapInput['columns']): string {
  return columns
    .map((column, c) => {
      const x = layout.labelWidth + c * layout.cell + layout.cell / 2
      return (
        `<text x="${x}" y="26" text-anchor="middle" font-size="16" font-weight="bold" fill="#1A1A1A">${column.number}</text>` +
        `<text x="${x}" y="48" text-anchor="middle" font-size="10" fill="#1A1A1A">${escape(clip(column.title, 10))}</text>`
      )
    })
    .join('')
}

function legendSvg(input: HeatmapInput, y: number): string {
  const swatches = heatFills
    .map((fill, i) => {
      const x = layout.labelWidth + i * 60
      return (
        `<rect x="${x}" y="${y}" width="60" height="22" fill="#${fill}"/>` +
        `<text x="${x + 30}" y="${y + 16}" text-anchor="middle" font-size="12" fill="#${heatText[i]}">${i + 1}</text>`
      )
    })
    .join('')
  const hatchX = layout.labelWidth + 5 * 60 + 30
  return (
    `<text x="8" y="${y + 16}" font-size="12" fill="#1A1A1A">${escape(input.legend.scale)}</text>` +
    swatches +
    `<text x="${layout.labelWidth}" y="${y + 38}" font-size="11" fill="#4D4D4D">${escape(input.legend.low)}</text>` +
    `<text x="${layout.labelWidth + 300}" y="${y + 38}" text-anchor="end" font-size="11" fill="#4D4D4D">${escape(input.legend.high)}</text>` +
    `<rect x="${hatchX}" y="${y}" width="40" height="22" fill="#FFFFFF" stroke="#C9C9C4"/>` +
    `<rect x="${hatchX}" y="${y}" width="40" height="22" fill="url(#hatch)"/>` +
    `<text x="${hatchX + 48}" y="${y + 16}" font-size="12" fill="#1A1A1A">${escape(input.legend.hatch)}</text>` +
    `<text x="${hatchX + 48}" y="${y + 38}" font-size="11" fill="#4D4D4D">${escape(input.legend.empty)}</text>`
  )
}

/**
 * The heatmap as SVG: schools down, success factors across, each cell its median, verdict and
 * a hatch where too many said "?". Drawn with plain shapes and text so resvg, Word and
 * LibreOffice all draw it the same.
 */
export function heatmapSvg(input: HeatmapInput): { svg: string; width: number; height: number } {
  const width = layout.labelWidth + input.columns.length * layout.cell + 8
  const legendY = layout.headerHeight + input.rows.length * layout.rowHeight + 16
  const height = legendY + 48
  const rows = input.rows
    .map((row, i) => rowSvg(row, i, input.columns.length, input.tooFewText))
    .join('')
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${layout.font}">` +
    `<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="3" height="8" fill="#1A1A1A" fill-opacity="0.35"/></pattern></defs>` +
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>` +
    headerSvg(input.columns) +
    rows +
    legendSvg(input, legendY) +
    `</svg>`
  return { svg, width, height }
}
