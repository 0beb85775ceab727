import { inflateSync } from 'node:zlib'
import { glyphAtlas } from './glyph-atlas'
import { encodePng } from './png'

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
  readonly pixels: Buffer
  constructor(
    readonly width: number,
    readonly height: number
  ) {
    this.pixels = Buffer.alloc(width * height * 3, 255)
  }

  private blend(x: number, y: number, [r, g, b]: [number, number, number], a: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || a <= 0) return
    const i = (y * this.width + x) * 3
    const keep = 1 - a
    this.pixels[i] = Math.round((this.pixels[i] ?? 255) * keep + r * a)
    this.pixels[i + 1] = Math.round((this.pixels[i + 1] ?? 255) * keep + g * a)
    this.pixels[i + 2] = Math.round((this.pixels[i + 2] ?? 255) * keep + b * a)
  }

  /** Opaque fill: one row is painted, then copied, which keeps a report's charts fast. */
  fillRect(x: number, y: number, w: number, h: number, colour: Colour): void {
    const [r, g, b] = rgb(colour)
    const left = Math.max(0, Math.round(x))
    const right = Math.min(this.width, Math.round(x + w))
    const top = Math.max(0, Math.round(y))
    const bottom = Math.min(this.height, Math.round(y + h))
    if (right <= left || bottom <= top) return
    const rowStart = (row: number) => (row * this.width + left) * 3
    const first = rowStart(top)
    for (let i = first; i < first + (right - left) * 3; i += 3) {
      this.pixels[i] = r
      this.pixels[i + 1] = g
      this.pixels[i + 2] = b
    }
    for (let row = top + 1; row < bottom; row++) {
      this.pixels.copy(this.pixels, rowStart(row), first, first + (right - left) * 3)
    }
  }

  strokeRect(x: number, y: number, w: number, h: number, colour: Colour, line = 2): void {
    this.fillRect(x, y, w, line, colour)
    this.fillRect(x, y + h - line, w, line, colour)
    this.fillRect(x, y, line, h, colour)
    this.fillRect(x + w - line, y, line, h, colour)
  }

  /** Diagonal lines: tells a bar apart in grey print where colours alone would not. */
  hatch(x: number, y: number, w: number, h: number, colour: Colour, gap = 10): void {
    const [r, g, b] = rgb(colour)
    const left = Math.max(0, Math.round(x))
    const right = Math.min(this.width, Math.round(x + w))
    for (
      let row = Math.max(0, Math.round(y));
      row < Math.min(this.height, Math.round(y + h));
      row++
    ) {
      for (let col = left; col < right; col++) {
        if ((col + row) % gap >= 3) continue
        const i = (row * this.width + col) * 3
        this.pixels[i] = r
        this.pixels[i + 1] = g
        this.pixels[i + 2] = b
      }
    }
  }

  /** Draws `text` with its top-left at (x, y); returns its width. */
  text(x: number, y: number, text: string, colour: Colour): number {
    const c = rgb(colour)
    let pen = Math.round(x)
    for (const char of text) {
      const [offset, width] = glyphAtlas.glyphs[char] ?? fallbackGlyph
      for (let row = 0; row < glyphAtlas.height; row++) {
        for (let col = 0; col < width; col++) {
          const a = alpha[offset + row * width + col] ?? 0
          if (a > 0) this.blend(pen + col, Math.round(y) + row, c, a / 255)
        }
      }
      pen += width
    }
    return pen - Math.round(x)
  }

  toPng(): Uint8Array {
    return encodePng(this.width, this.height, this.pixels)
  }
}

export const lineHeight = glyphAtlas.height

export function textWidth(text: string): number {
  let width = 0
  for (const char of text) width += (glyphAtlas.glyphs[char] ?? fallbackGlyph)[1]
  return width
}

/** The text, shortened with "…" until it fits in `max` pixels. */
export function fitText(text: string, max: number): string {
  if (textWidth(text) <= max) return text
  let cut = text
  while (cut.length > 1 && textWidth(`${cut}…`) > max) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}
