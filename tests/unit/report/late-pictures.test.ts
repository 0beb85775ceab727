import { Document, ImageRun, Paragraph } from 'docx'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { packDocx, packWithPacker } from '../../../src/main/report/docx-package'
import { LatePictures } from '../../../src/main/report/late-pictures'
import { Raster } from '../../../src/main/report/charts/raster'

function picture(colour: string): Raster {
  const raster = new Raster(30, 20)
  raster.fillRect(5, 5, 20, 10, colour)
  return raster
}

/** A document with two pictures handed over as stand-ins while they are still deflated. */
function documentWithLatePictures(late: LatePictures): { document: Document; real: Uint8Array[] } {
  const rasters = [picture('1F4E79'), picture('C00000')]
  const real = rasters.map((raster) => raster.toPng())
  const runs = rasters.map(
    (raster) =>
      new ImageRun({
        type: 'png',
        data: late.standIn(raster.toPngOffThread()),
        transformation: { width: 30, height: 20 }
      })
  )
  return {
    document: new Document({ sections: [{ children: [new Paragraph({ children: runs })] }] }),
    real
  }
}

async function mediaOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true })
  const media = new Map<string, Buffer>()
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))) {
    media.set(name, await zip.file(name)!.async('nodebuffer'))
  }
  return media
}

describe('pictures handed to docx late', () => {
  it('are in the package as themselves, in the order docx numbers them', async () => {
    const late = new LatePictures()
    const { document, real } = documentWithLatePictures(late)
    const media = await mediaOf(await packDocx(document, late))
    expect([...media.keys()]).toEqual(['word/media/image1.png', 'word/media/image2.png'])
    expect([...media.values()].map((bytes) => Buffer.from(bytes))).toEqual(
      real.map((bytes) => Buffer.from(bytes))
    )
  })

  it('are put in the same way when docx’s own Packer zips the document', async () => {
    const late = new LatePictures()
    const { document, real } = documentWithLatePictures(late)
    const media = await mediaOf(await packWithPacker(document, late))
    expect([...media.values()].map((bytes) => Buffer.from(bytes))).toEqual(
      real.map((bytes) => Buffer.from(bytes))
    )
  })

  it('leave other parts as they are and keep their order', async () => {
    const late = new LatePictures()
    const standIn = late.standIn(Promise.resolve(new Uint8Array([1, 2, 3])))
    const parts = new Map<string, string | Uint8Array>([
      ['word/document.xml', '<w:document/>'],
      ['word/media/image1.png', standIn],
      ['word/media/image2.png', new Uint8Array([9, 9])]
    ])
    const result = await late.putIn(parts)
    expect([...result.keys()]).toEqual([...parts.keys()])
    expect(result.get('word/document.xml')).toBe('<w:document/>')
    expect([...(result.get('word/media/image1.png') as Uint8Array)]).toEqual([1, 2, 3])
    expect([...(result.get('word/media/image2.png') as Uint8Array)]).toEqual([9, 9])
  })

  it('refuse a package that lost a picture, or holds another report’s stand-in', async () => {
    const late = new LatePictures()
    late.standIn(Promise.resolve(new Uint8Array([1])))
    await expect(late.putIn(new Map([['word/document.xml', '<w:document/>']]))).rejects.toThrow(
      '1 pictures were not written'
    )
    const other = new LatePictures().standIn(Promise.resolve(new Uint8Array([2])))
    await expect(late.putIn(new Map([['word/media/image1.png', other]]))).rejects.toThrow(
      'did not make'
    )
  })

  it('pass on a picture that could not be made', async () => {
    const late = new LatePictures()
    const standIn = late.standIn(Promise.reject(new Error('deflate failed')))
    await expect(late.putIn(new Map([['word/media/image1.png', standIn]]))).rejects.toThrow(
      'deflate failed'
    )
  })
})
