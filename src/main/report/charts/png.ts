import { crc32, deflateSync } from 'node:zlib'

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

/**
 * An 8-bit RGB picture as PNG: IHDR, one IDAT and IEND, every row unfiltered. Charts are flat
 * colours, which deflate compresses well without PNG's filters; a library's filter search was
 * most of a report's build time.
 */
export function encodePng(width: number, height: number, rgb: Buffer): Uint8Array {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bits per channel
  header[9] = 2 // truecolour
  const stride = width * 3
  const raw = Buffer.alloc((stride + 1) * height)
  for (let row = 0; row < height; row++) {
    // Each row starts with its filter type, 0: none.
    rgb.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride)
  }
  const png = Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0))
  ])
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength)
}
