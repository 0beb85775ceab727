import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { main } from '../../../src/main/board-cli'
import { buildBoardReport } from '../../../src/main/board/board-report'
import { boardFileOf, generatedBoard, generatedRespondents } from '../../helpers/board-files'
import { repoResourcesDir, testContent } from '../../helpers/test-core'
import { visibleText } from '../report/docx-helpers'

const pack = testContent().quickscan

async function documentXml(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes)
  const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))
  const pictures = await Promise.all(media.map((name) => zip.file(name)!.async('nodebuffer')))
  return { xml: (await zip.file('word/document.xml')?.async('string')) ?? '', media, pictures }
}

describe('the board report', () => {
  it('has the heatmap as images with alt text, the tables behind it and the lists', async () => {
    const files = generatedBoard(pack, 12).map((file, i) => ({ fileName: `s${i}.json`, file }))
    const tiny = boardFileOf(pack, [
      {
        school: { name: 'Kleintje', sector: 'SO' },
        date: '2026-11-20',
        respondents: generatedRespondents(pack, 3, 9)
      }
    ])
    const bytes = await buildBoardReport(
      [...files, { fileName: 'klein.json', file: tiny }],
      pack,
      '2026-12-01'
    )
    const { xml, media, pictures } = await documentXml(bytes)
    // 13 schools, ten per image: two PNGs, each with its description for screen readers.
    expect(media.filter((m) => m.endsWith('.png'))).toHaveLength(2)
    // The pictures themselves, not the stand-ins docx was handed (late-pictures.ts).
    for (const picture of pictures) {
      expect([...picture.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
      expect(picture.length).toBeGreaterThan(10_000)
    }
    expect(xml.match(/descr="Heatmap van de scholen 1 tot en met 10 van 13[^"]*"/)).not.toBeNull()
    const text = visibleText(xml)
    for (const expected of [
      'Bestuursoverzicht samenwerken met ouders',
      'De cijfers achter de heatmap',
      'Spreiding per succesfactor',
      'Blinde vlekken bij de meeste scholen',
      'Gedeelde prioriteiten',
      'Verandering sinds de vorige export',
      'Te weinig invullers om te vergelijken (minder dan vijf): Kleintje',
      'School 12'
    ]) {
      expect(text).toContain(expected)
    }
    // Factor 7 is "?" for every third school: 4 of 12 is not "most schools".
    expect(text).toContain('Geen: op elke succesfactor')
  }, 30_000)

  it('is built by the CLI from files, skipping a bad one with its name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'board-cli-'))
    const paths = generatedBoard(pack, 3).map((file, i) => {
      const path = join(dir, `school-${i}.samenspel-bestuur.json`)
      writeFileSync(path, JSON.stringify(file))
      return path
    })
    const broken = join(dir, 'kapot.samenspel-bestuur.json')
    writeFileSync(broken, readFileSync(paths[0] ?? '', 'utf8').slice(0, 200))
    const out = join(dir, 'bestuur.docx')
    const lines: string[] = []
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) }
    expect(await main([...paths, broken, out], io, repoResourcesDir, '2026-12-01')).toBe(0)
    expect(lines.join('\n')).toMatch(/Overgeslagen.*“kapot.samenspel-bestuur.json” is beschadigd/)
    expect(existsSync(out)).toBe(true)
    expect(await main([broken], io, repoResourcesDir)).toBe(2)
  }, 30_000)
})
