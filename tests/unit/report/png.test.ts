import { crc32, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { Raster } from '../../../src/main/report/charts/raster'

interface Chunk {
  type: string
  data: Buffer
}

/** The chunks of a PNG, each checked against its CRC. */
function chunksOf(png: Uint8Array): Chunk[] {
  const bytes = Buffer.from(png)
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const chunks: Chunk[] = []
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at)
    const typed = bytes.subarray(at + 4, at + 8 + length)
    expect(bytes.readUInt32BE(at + 8 + length), 'CRC').toBe(crc32(typed) >>> 0)
    chunks.push({ type: typed.toString('latin1', 0, 4), data: Buffer.from(typed.subarray(4)) })
    at += 12 + length
  }
  return chunks
}

/** The RGB of pixel (x, y), read back from the PNG's own rows. */
function pixelOf(png: Uint8Array, x: number, y: number): [number, number, number] {
  const chunks = chunksOf(png)
  const width = chunks[0]!.data.readUInt32BE(0)
  const rows = inflateSync(
    Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data))
  )
  const at = y * (width * 3 + 1) + 1 + x * 3
  return [rows[at]!, rows[at + 1]!, rows[at + 2]!]
}

function drawn(): Raster {
  const raster = new Raster(60, 20)
  raster.fillRect(0, 0, 10, 20, '1F4E79')
  raster.strokeRect(40, 2, 18, 16, 'C00000', 1)
  raster.scaledText(12, 2, 'Ab', '000000', 0.4, true)
  return raster
}

describe('the charts’ PNG', () => {
  it('is a valid PNG whose rows hold what was drawn, every row unfiltered', () => {
    const png = drawn().toPng()
    const chunks = chunksOf(png)
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND'])
    const header = chunks[0]!.data
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([
      60, 20, 8, 2
    ])
    const rows = inflateSync(chunks[1]!.data)
    expect(rows).toHaveLength(20 * (60 * 3 + 1))
    for (let y = 0; y < 20; y++) expect(rows[y * (60 * 3 + 1)], `row ${y}'s filter`).toBe(0)
    expect(pixelOf(png, 5, 10)).toEqual([0x1f, 0x4e, 0x79])
    expect(pixelOf(png, 40, 10)).toEqual([0xc0, 0x00, 0x00])
    expect(pixelOf(png, 57, 17)).toEqual([0xc0, 0x00, 0x00])
    expect(pixelOf(png, 49, 10)).toEqual([255, 255, 255])
    expect(pixelOf(png, 59, 19)).toEqual([255, 255, 255])
  })

  it('has text drawn into it where the text goes, and only there', () => {
    const raster = new Raster(60, 20)
    const width = raster.scaledText(12, 2, 'Ab', '000000', 0.4, true)
    const png = raster.toPng()
    let inked = 0
    for (let y = 0; y < 20; y++) {
      for (let x = 0; x < 60; x++) {
        const ink = pixelOf(png, x, y).some((v) => v < 255)
        if (x < 12 || x > 12 + Math.ceil(width)) expect(ink, `(${x}, ${y})`).toBe(false)
        else if (ink) inked++
      }
    }
    expect(width).toBeGreaterThan(5)
    expect(inked).toBeGreaterThan(10)
  })

  it('comes out byte for byte the same when deflated on the thread pool', async () => {
    const raster = drawn()
    expect(Buffer.from(await raster.toPngOffThread())).toEqual(Buffer.from(raster.toPng()))
  })
})
