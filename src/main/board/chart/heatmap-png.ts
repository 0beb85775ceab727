import { unknownThreshold } from '../../../shared/domain/quickscan-merge'
import { glyphAtlas } from '../../report/charts/glyph-atlas'
import { fitText, Raster, textWidth, type Colour } from '../../report/charts/raster'
import { heatFills, heatStep, heatText, verdictShort } from './heat-scale'
import type { HeatmapCell, HeatmapInput, HeatmapRow } from './heatmap-input'

/** The drawing's layout in its own pixels; the picture has twice as many, sharp in print. */
const layout = { labelWidth: 280, cell: 66, rowHeight: 36, headerHeight: 60 }
const k = 2
/** The glyph atlas is DejaVu Sans at 30 px: a font size in drawing pixels is this share of it. */
const atlasPx = 30

const ink: Colour = '1A1A1A'
const muted: Colour = '4D4D4D'
const edge: Colour = 'C9C9C4'
const white: Colour = 'FFFFFF'

const decimal = (value: number) => (Math.round(value * 10) / 10).toString().replace('.', ',')

interface TextStyle {
  size: number
  colour: Colour
  anchor?: 'start' | 'middle' | 'end'
  bold?: boolean
  /** Cut with "…" to this many drawing pixels. */
  max?: number
}

/** Drawing pixels to the picture's, and text placed by its baseline as SVG places it. */
class Drawing {
  readonly raster: Raster
  constructor(width: number, height: number) {
    this.raster = new Raster(width * k, height * k)
  }

  rect(x: number, y: number, w: number, h: number, fill: Colour, stroke?: Colour): void {
    this.raster.fillRect(x * k, y * k, w * k, h * k, fill)
    if (stroke) this.raster.strokeRect(x * k, y * k, w * k, h * k, stroke, 1)
  }

  /** Diagonal lines in dark grey at a third of its strength: "too many ?" over any fill. */
  hatch(x: number, y: number, w: number, h: number): void {
    this.raster.hatch(x * k, y * k, w * k, h * k, ink, 8 * k, 3 * k, 0.35)
  }

  text(value: string, x: number, baseline: number, style: TextStyle): void {
    const scale = (style.size * k) / atlasPx
    const shown = style.max === undefined ? value : fitText(value, style.max * k, scale)
    const width = textWidth(shown) * Math.min(1, scale)
    const left =
      x * k - (style.anchor === 'middle' ? width / 2 : style.anchor === 'end' ? width : 0)
    const top = baseline * k - glyphAtlas.baseline * Math.min(1, scale)
    this.raster.scaledText(left, top, shown, style.colour, scale, style.bold)
  }
}

function drawCell(d: Drawing, cell: HeatmapCell | null, x: number, y: number): void {
  const { cell: w, rowHeight: h } = layout
  if (!cell || cell.median === null) {
    d.rect(x, y, w, h, white, edge)
    d.hatch(x, y, w, h)
    d.text(cell ? '?' : '–', x + w / 2, y + 25, { size: 15, colour: ink, anchor: 'middle' })
    return
  }
  const step = heatStep(cell.median)
  const colour = heatText[step] ?? ink
  d.rect(x, y, w, h, heatFills[step] ?? white, white)
  if (cell.unknownShare >= unknownThreshold) d.hatch(x, y, w, h)
  const middle = x + w / 2
  d.text(decimal(cell.median), middle, y + 18, { size: 16, colour, anchor: 'middle', bold: true })
  if (cell.verdict) {
    d.text(verdictShort[cell.verdict], middle, y + 33, { size: 11, colour, anchor: 'middle' })
  }
}

function drawRow(d: Drawing, row: HeatmapRow, index: number, input: HeatmapInput): void {
  const y = layout.headerHeight + index * layout.rowHeight
  const max = layout.labelWidth - 16
  d.text(row.label, 8, y + 18, { size: 15, colour: ink, max })
  d.text(row.note, 8, y + 34, { size: 11, colour: muted, max })
  if (row.tooFew) {
    const x = layout.labelWidth
    d.rect(x, y, input.columns.length * layout.cell, layout.rowHeight, 'F2F2F2', white)
    d.text(input.tooFewText, x + 12, y + 25, { size: 14, colour: muted })
    return
  }
  row.cells.forEach((cell, c) => drawCell(d, cell, layout.labelWidth + c * layout.cell, y))
}

function drawHeader(d: Drawing, columns: HeatmapInput['columns']): void {
  columns.forEach((column, c) => {
    const x = layout.labelWidth + c * layout.cell + layout.cell / 2
    d.text(String(column.number), x, 26, { size: 16, colour: ink, anchor: 'middle', bold: true })
    d.text(column.title, x, 48, {
      size: 10,
      colour: ink,
      anchor: 'middle',
      max: layout.cell - 4
    })
  })
}

function drawLegend(d: Drawing, input: HeatmapInput, y: number): void {
  d.text(input.legend.scale, 8, y + 16, { size: 12, colour: ink, max: layout.labelWidth - 16 })
  heatFills.forEach((fill, i) => {
    const x = layout.labelWidth + i * 60
    d.rect(x, y, 60, 22, fill)
    d.text(String(i + 1), x + 30, y + 16, {
      size: 12,
      colour: heatText[i] ?? ink,
      anchor: 'middle'
    })
  })
  d.text(input.legend.low, layout.labelWidth, y + 38, { size: 11, colour: muted })
  d.text(input.legend.high, layout.labelWidth + 300, y + 38, {
    size: 11,
    colour: muted,
    anchor: 'end'
  })
  const hatchX = layout.labelWidth + 5 * 60 + 30
  d.rect(hatchX, y, 40, 22, white, edge)
  d.hatch(hatchX, y, 40, 22)
  d.text(input.legend.hatch, hatchX + 48, y + 16, { size: 12, colour: ink })
  d.text(input.legend.empty, hatchX + 48, y + 38, { size: 11, colour: muted })
}

export interface HeatmapPicture {
  /** The PNG, being deflated on libuv's thread pool. */
  png: Promise<Uint8Array>
  /** The drawing's size; the picture has twice as many pixels. */
  width: number
  height: number
}

/**
 * The heatmap as a PNG: schools down, success factors across, each cell its median, verdict
 * and a hatch where too many said "?". Drawn with the report charts' own raster and glyph
 * atlas, like the session report's charts: no font lookup and no native renderer, which made
 * this picture cost the better part of a second (resvg's text layout).
 *
 * Drawn at once; its PNG is deflated on libuv's thread pool, so that a report with three
 * heatmaps draws the next, and writes the document, while they are compressed (deflating them
 * one after the other was a third of the board report's time).
 */
export function heatmapPng(input: HeatmapInput): HeatmapPicture {
  const width = layout.labelWidth + input.columns.length * layout.cell + 8
  const legendY = layout.headerHeight + input.rows.length * layout.rowHeight + 16
  const height = legendY + 48
  const d = new Drawing(width, height)
  drawHeader(d, input.columns)
  input.rows.forEach((row, i) => drawRow(d, row, i, input))
  drawLegend(d, input, legendY)
  return { png: d.raster.toPngOffThread(), width, height }
}
