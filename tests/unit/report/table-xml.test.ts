import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type IContext
} from 'docx'
import { describe, expect, it } from 'vitest'
import type { TableCell as CellModel } from '../../../src/main/report/report-model'
import { textRuns } from '../../../src/main/report/render-blocks'
import { ReportTable, type TableLayout } from '../../../src/main/report/table-xml'

/** The table as docx's own classes build it: how the report wrote its tables before. */
function docxTable(layout: TableLayout): Table {
  const cell = (model: CellModel, i: number, header: boolean) => {
    const column = layout.columns[i] ?? { width: 0 }
    const shade = header ? layout.headerShade : model.shade
    const style = header ? layout.headerStyle : layout.textStyle
    const alignment = column.centred ? AlignmentType.CENTER : undefined
    return new TableCell({
      width: { size: column.width, type: WidthType.DXA },
      ...(shade ? { shading: { type: ShadingType.CLEAR, fill: shade, color: 'auto' } } : {}),
      children: model.paragraphs.map(
        (line) => new Paragraph({ style, alignment, children: textRuns(line) })
      )
    })
  }
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: layout.columns.map((_, i) => cell(layout.header[i] ?? { paragraphs: [] }, i, true))
  })
  const rows = layout.rows.map(
    (row) =>
      new TableRow({
        cantSplit: row.cantSplit,
        children: layout.columns.map((_, i) => cell(row.cells[i] ?? { paragraphs: [[]] }, i, false))
      })
  )
  return new Table({
    rows: [header, ...rows],
    width: { size: layout.width, type: WidthType.DXA },
    columnWidths: layout.columns.map((column) => column.width),
    layout: TableLayoutType.FIXED,
    margins: layout.margins
  })
}

const context = { stack: [] } as unknown as IContext

const layout = (rows: TableLayout['rows'], columns = 3): TableLayout => ({
  width: 9638,
  columns: [{ width: 5000 }, { width: 2319, centred: true }, { width: 2319, centred: false }].slice(
    0,
    columns
  ),
  header: [
    { paragraphs: [[{ text: 'Vraag' }]] },
    { paragraphs: [[{ text: 'Score\nnu' }]] },
    { paragraphs: [[{ text: '' }]] }
  ],
  rows,
  headerShade: 'D9E2F3',
  headerStyle: 'ReportTableHeader',
  textStyle: 'ReportTableText',
  margins: { top: 40, bottom: 40, left: 80, right: 80 }
})

describe('the report’s tables written as docx formatter objects', () => {
  it('give the same objects as docx’s Table, TableRow, TableCell, Paragraph and TextRun', () => {
    const cases: TableLayout[] = [
      layout([
        {
          cantSplit: true,
          cells: [
            {
              paragraphs: [
                [
                  { text: 'vet', bold: true },
                  { text: ' schuin', italic: true },
                  { text: ' beide', bold: true, italic: true },
                  { text: ' uit', bold: false, italic: false }
                ],
                [{ text: 'regel een\nregel twee\r\n\nvier' }]
              ]
            },
            { paragraphs: [[{ text: '7' }]], shade: 'E2EEF8' },
            { paragraphs: [] }
          ]
        },
        {
          cantSplit: false,
          cells: [{ paragraphs: [[]] }, { paragraphs: [[{ text: '<&> "\'' }]], shade: '#C5DCF0' }]
        }
      ]),
      layout([], 1),
      layout([{ cantSplit: true, cells: [] }], 2)
    ]
    for (const table of cases) {
      expect(new ReportTable(table).prepForXml(context)).toEqual(
        docxTable(table).prepForXml(context)
      )
    }
  })

  it('refuses a shade that is no colour, as docx does', () => {
    const table = layout([{ cantSplit: true, cells: [{ paragraphs: [], shade: 'blauw' }] }])
    expect(() => docxTable(table).prepForXml(context)).toThrow(/hex/)
    expect(() => new ReportTable(table).prepForXml(context)).toThrow(/hex/)
  })
})
