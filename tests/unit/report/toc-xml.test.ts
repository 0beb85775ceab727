import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  TableOfContents,
  type FileChild,
  type ISectionOptions
} from 'docx'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { renderBlock, type RenderState } from '../../../src/main/report/render-blocks'
import { pageProperties, textWidth } from '../../../src/main/report/render-docx'
import { reportStyles } from '../../../src/main/report/render-styles'
import type { HeadingBlock } from '../../../src/main/report/report-model'
import { sanitizeLine } from '../../../src/main/report/sanitize'
import { ReportToc, type TocEntry } from '../../../src/main/report/toc-xml'

const headings: HeadingBlock[] = [
  { kind: 'heading', level: 1, text: 'Samenvatting' },
  { kind: 'heading', level: 2, text: 'Prioriteiten & <keuzes> "nu"' },
  { kind: 'heading', level: 3, text: 'Niet in de inhoud' },
  { kind: 'heading', level: 2, text: '   ' },
  { kind: 'heading', level: 2, text: 'Regel\neen\tenkel' },
  { kind: 'heading', level: 1, text: 'Actieplan' }
]
const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }

async function documentXml(children: FileChild[], landscapeBody: FileChild[]): Promise<string> {
  const sections: ISectionOptions[] = [
    { properties: pageProperties(false), children },
    { properties: pageProperties(true), children: landscapeBody }
  ]
  const document = new Document({ styles: reportStyles, sections })
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document))
  return zip.file('word/document.xml')!.async('string')
}

/** Bookmark numbers come from a counter docx shares per process: numbered here by appearance. */
function renumbered(xml: string): string {
  const ids = new Map<string, number>()
  const number = (id: string) => ids.get(id) ?? (ids.set(id, ids.size + 1), ids.size)
  return xml
    .replace(/_Toc(\d+)/g, (_, id: string) => `_Toc#${number(id)}`)
    .replace(/(<w:bookmark(?:Start|End)[^>]*w:id=")(\d+)"/g, (_, head: string, id: string) => {
      return `${head}#${number(id)}"`
    })
}

describe('the table of contents filled in from the rendered headings', () => {
  it('is the contents docx fills in itself, with the same bookmarks on the headings', async () => {
    // As the report wrote its headings before: cleaned text, and docx filling the contents.
    const plain = headings.map(
      (h) => new Paragraph({ heading: levels[h.level], text: sanitizeLine(h.text) })
    )
    const theirs = await documentXml(
      [
        new TableOfContents('Inhoud', { hyperlink: true, headingStyleRange: '1-2' }),
        ...plain.slice(0, 4)
      ],
      plain.slice(4)
    )
    const tocEntries: TocEntry[] = []
    const state: RenderState = { orderedLists: 0, tocEntries }
    const rendered = headings.flatMap((h) => renderBlock(h, textWidth(false), state))
    const ours = await documentXml(
      [new ReportToc('Inhoud', tocEntries, textWidth(false)), ...rendered.slice(0, 4)],
      rendered.slice(4)
    )
    expect(tocEntries.map((entry) => entry.level)).toEqual([1, 2, 2, 1])
    expect(theirs).toContain('PAGEREF _Toc')
    expect(renumbered(ours)).toBe(renumbered(theirs))
  })
})
