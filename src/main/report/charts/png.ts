import { promisify } from 'node:util'
import { crc32, deflate, deflateSync } from 'node:zlib'

const deflateOffThread = promisify(deflate)

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  // The CRC covers the type and the data: the data's continued from the type's, not a copy of both.
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

function checkedHeader(width: number, height: number, scanlines: Buffer): Buffer {
  if (scanlines.length !== (width * 3 + 1) * height) {
    throw new Error(`PNG rows: expected ${(width * 3 + 1) * height} bytes, got ${scanlines.length}`)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bits per channel
  header[9] = 2 // truecolour
  return header
}

function pngOf(header: Buffer, idat: Buffer): Uint8Array {
  const png = Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0))
  ])
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength)
}

/** Deflate's fastest level: on flat colours it is also as small as any (measured, 1 December). */
const deflateOptions = { level: 1 }

/**
 * An 8-bit RGB picture as PNG: IHDR, one IDAT and IEND. `scanlines` are the rows as PNG has them,
 * each its filter type and then its pixels; the raster writes every row unfiltered (type 0).
 * Charts are flat colours, which deflate compresses well without PNG's filters; a library's
 * filter search was most of a report's build time.
 */
export function encodePng(width: number, height: number, scanlines: Buffer): Uint8Array {
  const header = checkedHeader(width, height, scanlines)
  return pngOf(header, deflateSync(scanlines, deflateOptions))
}

/**
 * The same PNG, deflated on libuv's thread pool: the caller can draw the next picture meanwhile.
 * `scanlines` must not change until the promise settles.
 */
export async function encodePngOffThread(
  width: number,
  height: number,
  scanlines: Buffer
): Promise<Uint8Array> {
  const header = checkedHeader(width, height, scanlines)
  // One output chunk holds a chart's IDAT (about 220 kB for a heatmap): one callback, not 14.
  const idat = await deflateOffThread(scanlines, { ...deflateOptions, chunkSize: 256 * 1024 })
  return pngOf(header, idat)
}
