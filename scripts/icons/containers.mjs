// ICO and ICNS files are containers of PNG images; writing them needs no image library.

import { Buffer } from 'node:buffer'

/** Width and height from a PNG's IHDR chunk (throws on anything that is not a PNG). */
export function pngSize(png) {
  const signature = '89504e470d0a1a0a'
  if (
    png.subarray(0, 8).toString('hex') !== signature ||
    png.toString('ascii', 12, 16) !== 'IHDR'
  ) {
    throw new Error('not a PNG')
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** A Windows .ico holding the PNGs as they are (supported since Windows Vista), up to 256 px. */
export function writeIco(pngs) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(pngs.length, 4)
  const entries = []
  let offset = 6 + 16 * pngs.length
  for (const png of pngs) {
    const { width, height } = pngSize(png)
    if (width > 256 || height > 256) throw new Error(`an .ico image is at most 256 px (${width})`)
    const entry = Buffer.alloc(16)
    entry.writeUInt8(width === 256 ? 0 : width, 0) // 0 means 256
    entry.writeUInt8(height === 256 ? 0 : height, 1)
    entry.writeUInt8(0, 2) // no palette
    entry.writeUInt8(0, 3)
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(png.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += png.length
    entries.push(entry)
  }
  return Buffer.concat([header, ...entries, ...pngs])
}

/** The ICNS element type for a PNG of `size` pixels (retina types hold twice the points). */
export const icnsTypes = {
  16: 'icp4',
  32: 'icp5',
  64: 'icp6',
  128: 'ic07',
  256: 'ic08',
  512: 'ic09',
  1024: 'ic10'
}

/** A macOS .icns of PNG elements: `[type, png]` pairs, e.g. `['ic07', png128]`. */
export function writeIcns(elements) {
  const parts = elements.map(([type, png]) => {
    if (!/^[a-z0-9]{4}$/i.test(type)) throw new Error(`bad icns type ${type}`)
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(8 + png.length, 4)
    return Buffer.concat([head, png])
  })
  const body = Buffer.concat(parts)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + body.length, 4)
  return Buffer.concat([head, body])
}
