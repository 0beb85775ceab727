import { Packer, Paragraph, type IContext } from 'docx'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { LightParagraph } from '../../../src/main/report/paragraph-xml'
import { renderBlock, textRuns } from '../../../src/main/report/render-blocks'
import { renderDocx } from '../../../src/main/report/render-docx'
import type { Line, ReportModel } from '../../../src/main/report/report-model'

const context = { stack: [] } as unknown as IContext

const lines: Line[] = [
  [{ text: 'Gewoon' }],
  [],
  [{ text: '' }],
  [
    { text: 'vet ', bold: true },
    { text: 'schuin ', italic: true },
    { text: 'niet', bold: false, italic: false }
  ],
  [{ text: 'een\ntwee\r\ndrie <&>' }]
]

describe('body paragraphs written as docx formatter objects', () => {
  it('give the same objects as docx’s Paragraph with the same runs, style or bullet', () => {
    for (const line of lines) {
      const cases = [
        [{}, () => new Paragraph({ children: textRuns(line) })],
        [
          { style: 'ReportNote' },
          () => new Paragraph({ children: textRuns(line), style: 'ReportNote' })
        ],
        [{ bullet: true }, () => new Paragraph({ children: textRuns(line), bullet: { level: 0 } })]
      ] as const
      for (const [options, docx] of cases) {
        const light = new LightParagraph(line, options, docx)
        expect(light.prepForXml(context)).toEqual(docx().prepForXml(context))
        expect(light.asDocx().prepForXml(context)).toEqual(docx().prepForXml(context))
      }
    }
  })

  it('leave the last paragraph of a section to docx, which writes the section into it', async () => {
    const model: ReportModel = {
      properties: { title: 'Verslag', description: 'Test', creator: 'Samenspel' },
      cover: {
        title: 'Verslag',
        school: 'De Regenboog',
        team: '',
        date: '1 december 2026',
        facilitator: '',
        participants: []
      },
      headerText: 'De Regenboog',
      parts: [
        {
          id: 'samenvatting',
          landscape: false,
          blocks: [
            { kind: 'heading', level: 1, text: 'Samenvatting' },
            { kind: 'paragraph', runs: [{ text: 'Laatste zin van de staande pagina’s' }] }
          ]
        },
        {
          id: 'actieplan',
          landscape: true,
          blocks: [{ kind: 'list', ordered: false, items: [[{ text: 'Laatste punt, liggend' }]] }]
        }
      ]
    }
    expect(
      renderBlock(model.parts[0]!.blocks[1]!, 9638, { orderedLists: 0, lightParagraphs: true })[0]
    ).toBeInstanceOf(LightParagraph)
    const zip = await JSZip.loadAsync(await Packer.toBuffer(renderDocx(model)))
    const xml = await zip.file('word/document.xml')!.async('string')
    const paragraphs = xml.split('</w:p>')
    // The portrait part's section ends in its own last paragraph, not in an empty one after it.
    const sectionEnd = paragraphs.filter((p) => p.includes('<w:sectPr>'))
    expect(sectionEnd.some((p) => p.includes('Laatste zin van de staande pagina’s'))).toBe(true)
    expect(xml.match(/<w:sectPr>/g)).toHaveLength(3)
    expect(xml).toContain('Laatste punt, liggend')
  })
})
