import { crc32, deflateRawSync } from 'node:zlib'
import { Packer, type Document } from 'docx'
import { unzipSync } from 'fflate'
import type { LatePictures } from './late-pictures'
import { compileSpliced } from './spliced-xml'

/**
 * A Word document's package (.docx) as bytes: the parts `docx` writes, zipped with Node's own
 * zlib. `Packer.toBuffer` deflates with fflate, in JavaScript; at 1,000 cards that took about a
 * sixth of the whole report. zlib deflates the same parts at the same level (6) natively, so the
 * file is as compressed as before, in about a tenth of the time.
 */

/** A part's bytes, as docx's compiler gives them. */
export type PartData = string | Uint8Array | ArrayBuffer

/** docx's compiler: the package's parts by path, in the order `Packer` zips them. */
interface PartCompiler {
  compile(file: Document, prettify?: undefined): Map<string, PartData>
}

/**
 * The compiler `Packer` itself uses. It is not public API, so it is looked up with care: when a
 * newer `docx` no longer has it, the report falls back to `Packer.toBuffer`, slower but the same.
 */
function packerCompiler(): PartCompiler | null {
  const compiler = (Packer as unknown as { compiler?: Partial<PartCompiler> }).compiler
  return typeof compiler?.compile === 'function' ? (compiler as PartCompiler) : null
}

const bytesOf = (data: PartData): Uint8Array =>
  typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data)

/** MS-DOS date and time, as zip files store a part's modification time. */
interface DosTime {
  time: number
  date: number
}

function dosTime(date: Date): DosTime {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate()
  }
}

interface Entry {
  name: Buffer
  /** 8 DEFLATE, 0 STORE. */
  method: number
  crc: number
  size: number
  compressed: Uint8Array
  offset: number
  utf8: boolean
}

/**
 * Pictures that are compressed already (a PNG's pixels are deflated): deflating them again costs
 * time for nothing (the board report's heatmaps spent more on it than on drawing), so they are
 * stored as they are, which zip and Word allow for any part.
 */
const storedAsIs = /\.(png|jpe?g|gif)$/i

/**
 * A zip file (PKWARE APPNOTE 6.3: local headers, central directory, end record): DEFLATE parts,
 * and pictures stored as they are.
 */
/**
 * The fields a local header and a central directory record share, in the same order in both:
 * flags, method, time, date, CRC, both sizes, and the name's length (22 bytes from `at`).
 */
function writeEntryFields(buffer: Buffer, at: number, entry: Entry, stamp: DosTime): void {
  buffer.writeUInt16LE(entry.utf8 ? 0x0800 : 0, at) // bit 11: the name is UTF-8
  buffer.writeUInt16LE(entry.method, at + 2)
  buffer.writeUInt16LE(stamp.time, at + 4)
  buffer.writeUInt16LE(stamp.date, at + 6)
  buffer.writeUInt32LE(entry.crc, at + 8)
  buffer.writeUInt32LE(entry.compressed.length, at + 12)
  buffer.writeUInt32LE(entry.size, at + 16)
  buffer.writeUInt16LE(entry.name.length, at + 20)
}

export function zipParts(parts: ReadonlyMap<string, PartData>, modified = new Date()): Buffer {
  const stamp = dosTime(modified)
  const entries: Entry[] = []
  const chunks: Uint8Array[] = []
  let offset = 0
  for (const [path, data] of parts) {
    const bytes = bytesOf(data)
    const name = Buffer.from(path, 'utf8')
    const method = storedAsIs.test(path) ? 0 : 8
    const entry: Entry = {
      name,
      method,
      crc: crc32(bytes),
      size: bytes.length,
      compressed: method === 0 ? bytes : deflateRawSync(bytes, { level: 6 }),
      offset,
      utf8: name.length !== path.length
    }
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4) // version needed: 2.0 (DEFLATE)
    writeEntryFields(header, 6, entry, stamp)
    header.writeUInt16LE(0, 28) // no extra field
    chunks.push(header, name, entry.compressed)
    offset += header.length + name.length + entry.compressed.length
    entries.push(entry)
  }
  const directoryStart = offset
  for (const entry of entries) {
    const record = Buffer.alloc(46)
    record.writeUInt32LE(0x02014b50, 0)
    record.writeUInt16LE(20, 4) // made by: 2.0
    record.writeUInt16LE(20, 6) // version needed
    writeEntryFields(record, 8, entry, stamp)
    // extra, comment, disk number, internal and external attributes: all 0
    record.writeUInt32LE(entry.offset, 42)
    chunks.push(record, entry.name)
    offset += record.length + entry.name.length
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(offset - directoryStart, 12)
  end.writeUInt32LE(directoryStart, 16)
  chunks.push(end)
  return Buffer.concat(chunks)
}

/**
 * `Packer`'s own package, with the late pictures put in: unzipped, the stand-ins replaced, and
 * zipped again. Only for a `docx` without the compiler `packDocx` uses.
 */
export async function packWithPacker(document: Document, late?: LatePictures): Promise<Buffer> {
  const packed = await Packer.toBuffer(document)
  if (!late || late.size === 0) return packed
  return zipParts(await late.putIn(new Map(Object.entries(unzipSync(packed)))))
}

/**
 * The document as a .docx: the same parts, in the same order, as `Packer.toBuffer` gives, with
 * the report's own components written by spliced-xml.ts and the pictures that `late` stands in
 * for put in their place.
 */
export async function packDocx(document: Document, late?: LatePictures): Promise<Uint8Array> {
  const compiler = packerCompiler()
  let buffer: Buffer
  if (compiler) {
    const parts = compileSpliced(document, () => compiler.compile(document, undefined))
    buffer = zipParts(late ? await late.putIn(parts) : parts)
  } else {
    buffer = await packWithPacker(document, late)
  }
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
