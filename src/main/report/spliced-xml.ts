import type { IContext, IXmlableObject } from 'docx'
import { writeXml } from './xml-write'

/**
 * The report's own components (body paragraphs, tables, the contents) written by
 * xml-write.ts, and put into docx's output once docx has written the rest.
 *
 * While a document is packed (see docx-package.ts), each such component gives docx a marker
 * element in place of its objects and keeps its XML here; the marker's name cannot come out of
 * anything else, because docx writes every `<` in text and attribute values as `&lt;`. Outside
 * packing (docx's own `Packer`, tests reading `prepForXml`), the components give their objects
 * as before, and docx writes the same bytes (docx-package.test.ts compares the two).
 */

const markerName = 'samenspel:xml'
const markerPattern = /<samenspel:xml i="(\d+)"\/>/g

export class SplicedXml {
  private readonly pieces: string[] = []
  private placed = 0

  /** The element's XML, kept; docx gets the marker that stands for it. */
  hold(element: IXmlableObject): IXmlableObject {
    this.pieces.push(writeXml(element))
    return { [markerName]: { _attr: { i: this.pieces.length - 1 } } }
  }

  /** A part with every marker in it replaced by the XML it stands for. */
  splice(xml: string): string {
    if (!xml.includes(`<${markerName} `)) return xml
    return xml.replace(markerPattern, (_, index: string) => {
      const piece = this.pieces[Number(index)]
      if (piece === undefined) throw new Error(`No XML kept for marker ${index}`)
      this.placed++
      return piece
    })
  }

  /** Throws when a piece was kept that no part placed: docx dropped or changed its marker. */
  checkAllPlaced(): void {
    if (this.placed !== this.pieces.length) {
      throw new Error(`${this.pieces.length - this.placed} report components were not written`)
    }
  }
}

/** The documents being packed now, each with the XML its components keep. */
const packing = new WeakMap<object, SplicedXml>()

/** What a component gives docx: the marker while its document is packed, else its objects. */
export function splicedOrObjects(context: IContext, element: IXmlableObject): IXmlableObject {
  const spliced = packing.get(context.file)
  return spliced ? spliced.hold(element) : element
}

/** Runs `compile` on `document` with its components kept as XML, then puts them in place. */
export function compileSpliced<Part>(
  document: object,
  compile: () => Map<string, Part>
): Map<string, Part | string> {
  const spliced = new SplicedXml()
  packing.set(document, spliced)
  let parts: Map<string, Part>
  try {
    parts = compile()
  } finally {
    packing.delete(document)
  }
  const result = new Map<string, Part | string>()
  for (const [path, data] of parts) {
    result.set(path, typeof data === 'string' ? spliced.splice(data) : data)
  }
  spliced.checkAllPlaced()
  return result
}
