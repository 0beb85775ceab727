import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Packer } from 'docx'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildReportModel } from '../../../src/main/report/build-report'
import { packDocx, zipParts } from '../../../src/main/report/docx-package'
import { renderDocx } from '../../../src/main/report/render-docx'
import { defaultReportOptions } from '../../../src/shared/domain/report-options'
import { makeTempDir } from '../../helpers/temp-dir'
import { content } from './fixtures'
import { fullHistory } from './history-fixture'
import { fullSession } from './sample-session'

/** Every part of a zip, by path, in the zip's order, checked against its CRC-32. */
async function partsOf(bytes: Uint8Array): Promise<[string, Buffer][]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true })
  const parts: [string, Buffer][] = []
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir) parts.push([path, await entry.async('nodebuffer')])
  }
  return parts
}

/** The creation and modification times of docProps/core.xml differ between two packings. */
const withoutTimes = (path: string, data: Buffer) =>
  path === 'docProps/core.xml'
    ? data.toString('utf8').replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<$1><')
    : data

describe('the report package (.docx) zipped with Node zlib', () => {
  it(
    'holds the same parts, in the same order, as docx’s own Packer writes',
    { timeout: 30_000 },
    async () => {
      const session = fullSession()
      const model = buildReportModel(session, content, defaultReportOptions, fullHistory(session))
      // One document packed twice: ids that docx counts per process come out the same.
      const document = renderDocx(model)
      const ours = await partsOf(await packDocx(document))
      const theirs = await partsOf(await Packer.toBuffer(document))
      expect(ours.map(([path]) => path)).toEqual(theirs.map(([path]) => path))
      expect(ours.map(([path]) => path)).toContain('word/media/image1.png')
      for (const [index, [path, data]] of ours.entries()) {
        const [, other] = theirs[index] ?? []
        expect(other, path).toBeDefined()
        expect(withoutTimes(path, data), path).toEqual(withoutTimes(path, other!))
      }
    }
  )

  it('is a zip file that another reader accepts, with UTF-8 names and empty parts', async () => {
    const parts = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<Types/>'],
      ['word/leeg.xml', ''],
      ['word/naïef é.xml', '<x>ë</x>'],
      ['word/media/plaatje.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255])]
    ])
    const bytes = zipParts(parts, new Date(2026, 10, 22, 9, 30, 14))
    const read = await JSZip.loadAsync(bytes, { checkCRC32: true })
    expect(Object.keys(read.files)).toEqual([...parts.keys()])
    expect(await read.file('word/naïef é.xml')!.async('string')).toBe('<x>ë</x>')
    expect(await read.file('word/leeg.xml')!.async('string')).toBe('')
    expect([...(await read.file('word/media/plaatje.png')!.async('uint8array'))]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0, 255
    ])
    expect(read.file('word/leeg.xml')!.date.getMinutes()).toBe(30)
    // A picture is deflated already: it is stored as it is (its bytes appear verbatim), while
    // the XML is deflated (a long repetitive part does not).
    const picture = Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 251)
    const repeated = '<w:p/>'.repeat(500)
    const mixed = zipParts(
      new Map<string, string | Uint8Array>([
        ['word/media/image1.png', picture],
        ['word/document.xml', repeated]
      ])
    )
    expect(Buffer.from(mixed).indexOf(Buffer.from(picture))).toBeGreaterThan(0)
    expect(Buffer.from(mixed).indexOf(Buffer.from(repeated))).toBe(-1)
    expect(mixed.length).toBeLessThan(picture.length + repeated.length / 10)
    const mixedRead = await JSZip.loadAsync(mixed, { checkCRC32: true })
    expect([...(await mixedRead.file('word/media/image1.png')!.async('uint8array'))]).toEqual([
      ...picture
    ])
    // Info-ZIP's own test of the archive, where it is installed (CI images have it).
    const unzip = spawnSync('unzip', ['-v'])
    if (unzip.status !== 0) return
    const dir = makeTempDir('samenspel-zip-')
    try {
      const file = join(dir.path, 'test.zip')
      writeFileSync(file, bytes)
      const tested = spawnSync('unzip', ['-t', file], { encoding: 'utf8' })
      expect(tested.stdout).toContain('No errors detected')
    } finally {
      dir.remove()
    }
  })
})
