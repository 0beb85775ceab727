import { inflateSync } from 'node:zlib'
import { glyphAtlas } from './glyph-atlas'
import { encodePng, encodePngOffThread } from './png'

/** Six hex digits, e.g. `1F4E79`. */
export type Colour = string

const alpha = inflateSync(Buffer.from(glyphAtlas.data, 'base64'))
const fallbackGlyph = glyphAtlas.glyphs['?'] as [number, number]

const rgb = (colour: Colour): [number, number, number] => [
  parseInt(colour.slice(0, 2), 16),
  parseInt(colour.slice(2, 4), 16),
  parseInt(colour.slice(4, 6), 16)
]

/**
 * A white RGB picture drawn with rectangles, hatching and text from the glyph atlas, encoded as
 * PNG: enough for bar charts, in pure JavaScript, the same on every platform.
 */
export class Raster {
  /**
   * The pixels as PNG's scanlines: each row is its filter type (0, none) and then its RGB
   * triples, so the PNG deflates this buffer as it is, without a copy of every row first.
   */
  readonly scanlines: Buffer
  /** Bytes per row, the filter byte included. */
  private readonly stride: number
  constructor(
    readonly width: number,
    readonly height: number
  ) {
    this.stride = width * 3 + 1
    this.scanlines = Buffer.alloc(this.stride * height, 255)
    for (let row = 0; row < height; row++) this.scanlines[row * this.stride] = 0
  }

  /** Where pixel (x, y)'s red byte is. */
  private at(x: number, y: number): number {
    return y * this.stride + 1 + x * 3
  }

  private blend(x: number, y: number, [r, g, b]: [number, number, number], a: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || a <= 0) return
    const i = this.at(x, y)
    const keep = 1 - a
    const pixels = this.scanlines
    pixels[i] = Math.round((pixels[i] ?? 255) * keep + r * a)
    pixels[i + 1] = Math.round((pixels[i + 1] ?? 255) * keep + g * a)
    pixels[i + 2] = Math.round((pixels[i + 2] ?? 255) * keep + b * a)
  }

  /** Opaque fill: one row is painted, then copied, which keeps a report's charts fast. */
  fillRect(x: number, y: number, w: number, h: number, colour: Colour): void {
    const [r, g, b] = rgb(colour)
    const left = Math.max(0, Math.round(x))
    const right = Math.min(this.width, Math.round(x + w))
    const top = Math.max(0, Math.round(y))
    const bottom = Math.min(this.height, Math.round(y + h))
    if (right <= left || bottom <= top) return
    const pixels = this.scanlines
    const first = this.at(left, top)
    for (let i = first; i < first + (right - left) * 3; i += 3) {
      pixels[i] = r
      pixels[i + 1] = g
      pixels[i + 2] = b
    }
    for (let row = top + 1; row < bottom; row++) {
      pixels.copy(pixels, this.at(left, row), first, first + (right - left) * 3)
    }
  }

  strokeRect(x: number, y: number, w: number, h: number, colour: Colour, line = 2): void {
    this.fillRect(x, y, w, line, colour)
    this.fillRect(x, y + h - line, w, line, colour)
    this.fillRect(x, y, line, h, colour)
    this.fillRect(x + w - line, y, line, h, colour)
  }

  /**
   * Diagonal lines: tells a bar apart in grey print where colours alone would not. `line` is
   * each line's width; below 1, `alpha` lets the fill underneath show through.
   */
  hatch(
    x: number,
    y: number,
    w: number,
    h: number,
    colour: Colour,
    gap = 10,
    line = 3,
    alpha = 1
  ): void {
    const c = rgb(colour)
    const [r, g, b] = c
    const left = Math.max(0, Math.round(x))
    const right = Math.min(this.width, Math.round(x + w))
    for (
      let row = Math.max(0, Math.round(y));
      row < Math.min(this.height, Math.round(y + h));
      row++
    ) {
      for (let col = left; col < right; col++) {
        if ((col + row) % gap >= line) continue
        if (alpha < 1) {
          this.blend(col, row, c, alpha)
          continue
        }
        const i = this.at(col, row)
        this.scanlines[i] = r
        this.scanlines[i + 1] = g
        this.scanlines[i + 2] = b
      }
    }
  }

  /**
   * Draws `text` with its top-left at (x, y); returns its width. `blend`, written out: a chart's
   * labels are most of its pixels, and the call per pixel was most of a report's charts.
   */
  text(x: number, y: number, text: string, colour: Colour): number {
    const [r, g, b] = rgb(colour)
    const { scanlines: pixels, width: columns, height: rows, stride } = this
    const top = Math.round(y)
    let pen = Math.round(x)
    for (const char of text) {
      const [offset, width] = glyphAtlas.glyphs[char] ?? fallbackGlyph
      for (let row = 0; row < glyphAtlas.height; row++) {
        const py = top + row
        if (py < 0 || py >= rows) continue
        for (let col = 0; col < width; col++) {
          const value = alpha[offset + row * width + col] ?? 0
          const px = pen + col
          if (value <= 0 || px < 0 || px >= columns) continue
          const a = value / 255
          const keep = 1 - a
          const i = py * stride + 1 + px * 3
          pixels[i] = Math.round((pixels[i] ?? 255) * keep + r * a)
          pixels[i + 1] = Math.round((pixels[i + 1] ?? 255) * keep + g * a)
          pixels[i + 2] = Math.round((pixels[i + 2] ?? 255) * keep + b * a)
        }
      }
      pen += width
    }
    return pen - Math.round(x)
  }

  /**
   * `text` at `scale` (≤ 1) of the atlas' size, its top-left at (x, y): each pixel averages the
   * atlas pixels it covers, so small text stays smooth. `bold` draws it twice, a pixel apart.
   * Returns its width. `blend` is written out here too: the board report's heatmaps are mostly
   * such text, and a report is made once, before the call per pixel is optimised away.
   */
  scaledText(
    x: number,
    y: number,
    text: string,
    colour: Colour,
    scale: number,
    bold = false
  ): number {
    const [r, g, b] = rgb(colour)
    const { scanlines: pixels, width: columns, height: rows, stride } = this
    const s = Math.min(1, scale)
    const strokes = bold ? 2 : 1
    let pen = x
    for (const char of text) {
      const glyph = scaledGlyph(char, s)
      const left = Math.round(pen)
      const top = Math.round(y)
      for (let dy = 0; dy < glyph.rows; dy++) {
        const py = top + dy
        if (py < 0 || py >= rows) continue
        for (let dx = 0; dx < glyph.cols; dx++) {
          const a = glyph.alpha[dy * glyph.cols + dx] ?? 0
          if (a <= 0) continue
          const keep = 1 - a
          for (let stroke = 0; stroke < strokes; stroke++) {
            const px = left + dx + stroke
            if (px < 0 || px >= columns) continue
            const i = py * stride + 1 + px * 3
            pixels[i] = Math.round((pixels[i] ?? 255) * keep + r * a)
            pixels[i + 1] = Math.round((pixels[i + 1] ?? 255) * keep + g * a)
            pixels[i + 2] = Math.round((pixels[i + 2] ?? 255) * keep + b * a)
          }
        }
      }
      pen += glyph.advance
    }
    return pen - x + (bold ? 1 : 0)
  }

  toPng(): Uint8Array {
    return encodePng(this.width, this.height, this.scanlines)
  }

  /** The PNG deflated on libuv's thread pool; draw nothing more on this raster meanwhile. */
  toPngOffThread(): Promise<Uint8Array> {
    return encodePngOffThread(this.width, this.height, this.scanlines)
  }
}

interface ScaledGlyph {
  cols: number
  rows: number
  advance: number
  /** Coverage 0–1 per pixel, row by row. */
  alpha: Float32Array
}

const scaledGlyphs = new Map<string, ScaledGlyph>()

/**
 * A glyph of the atlas at `s` (≤ 1) of its size: each pixel averages the atlas pixels it
 * covers. Made once per character and size, since a chart writes the same few many times.
 */
function scaledGlyph(char: string, s: number): ScaledGlyph {
  const key = `${s}|${char}`
  const known = scaledGlyphs.get(key)
  if (known) return known
  const [offset, width] = glyphAtlas.glyphs[char] ?? fallbackGlyph
  const rows = Math.ceil(glyphAtlas.height * s)
  const cols = Math.ceil(width * s)
  const coverage = new Float32Array(rows * cols)
  for (let dy = 0; dy < rows; dy++) {
    const sy0 = Math.floor(dy / s)
    const sy1 = Math.min(glyphAtlas.height, Math.max(sy0 + 1, Math.floor((dy + 1) / s)))
    for (let dx = 0; dx < cols; dx++) {
      const sx0 = Math.floor(dx / s)
      const sx1 = Math.min(width, Math.max(sx0 + 1, Math.floor((dx + 1) / s)))
      let sum = 0
      for (let sy = sy0; sy < sy1; sy++) {
        for (let sx = sx0; sx < sx1; sx++) sum += alpha[offset + sy * width + sx] ?? 0
      }
      coverage[dy * cols + dx] = sum / ((sy1 - sy0) * (sx1 - sx0) * 255)
    }
  }
  const glyph = { cols, rows, advance: width * s, alpha: coverage }
  scaledGlyphs.set(key, glyph)
  return glyph
}

export const lineHeight = glyphAtlas.height

export function textWidth(text: string): number {
  let width = 0
  for (const char of text) width += (glyphAtlas.glyphs[char] ?? fallbackGlyph)[1]
  return width
}

/** The text, shortened with "…" until it fits in `max` pixels (at `scale` of the atlas). */
export function fitText(text: string, max: number, scale = 1): string {
  const fits = (t: string) => textWidth(t) * Math.min(1, scale) <= max
  if (fits(text)) return text
  let cut = text
  while (cut.length > 1 && !fits(`${cut}…`)) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}
