import type { PartData } from './docx-package'

/**
 * Pictures handed to docx before their bytes exist. docx gets a stand-in of a few bytes for
 * each, and the package gets the picture itself when it is zipped (docx-package.ts).
 *
 * Why: docx hashes the bytes of every picture it is given, with SHA-1 in JavaScript, to key
 * it (it then names the file `image1.png` all the same): about 11 ms for the board report's
 * three heatmaps, a tenth of that report. And a picture still being deflated on libuv's thread
 * pool can be handed over at once, so that docx writes the document meanwhile.
 */

/** Stand-ins are unique in the process, so that docx never takes two pictures for one. */
let made = 0
const prefix = 'samenspel-picture-'

/** The stand-in's text, when `data` is one (a stand-in is a few ASCII bytes). */
function standInText(data: PartData): string | null {
  if (typeof data === 'string' || data.byteLength > 64) return null
  const text = Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString(
    'latin1'
  )
  return text.startsWith(prefix) ? text : null
}

export class LatePictures {
  private readonly pending = new Map<string, Promise<Uint8Array>>()

  /** What to give docx in place of `bytes`. */
  standIn(bytes: Promise<Uint8Array>): Uint8Array {
    const text = `${prefix}${++made}`
    // A rejection is reported where the pictures are put in, not as an unhandled one before.
    bytes.catch(() => undefined)
    this.pending.set(text, bytes)
    return Buffer.from(text, 'latin1')
  }

  get size(): number {
    return this.pending.size
  }

  /**
   * The parts with every stand-in replaced by its picture. Throws when a stand-in is not in
   * the parts (docx dropped or copied a picture in a way this does not know), or when the
   * parts hold a stand-in that is not this document's.
   */
  async putIn<Part extends PartData>(
    parts: ReadonlyMap<string, Part>
  ): Promise<Map<string, Part | Uint8Array>> {
    const result = new Map<string, Part | Uint8Array>()
    const placed = new Set<string>()
    for (const [path, data] of parts) {
      const text = standInText(data)
      if (text === null) {
        result.set(path, data)
        continue
      }
      const picture = this.pending.get(text)
      if (!picture) throw new Error(`${path} is a stand-in for a picture this report did not make`)
      result.set(path, await picture)
      placed.add(text)
    }
    if (placed.size !== this.pending.size) {
      throw new Error(`${this.pending.size - placed.size} pictures were not written`)
    }
    return result
  }
}
