import { FileChild, type IContext, type IXmlableObject } from 'docx'
import { attr, on, paragraphPropertiesOf, paragraphXml, twips } from './paragraph-xml'
import type { Line, TableCell as CellModel } from './report-model'
import { splicedOrObjects } from './spliced-xml'

/** docx's `hexColorValue` check for a shading fill. */
const hex = (value: string): string => {
  const colour = value.startsWith('#') ? value.slice(1) : value
  if (colour.length !== 6 || Number.isNaN(Number(`0x${colour}`))) {
    throw new Error(`Invalid hex value '${colour}'. Expected 6 digit hex value`)
  }
  return colour
}

/**
 * The report's tables as docx's formatter objects, written directly.
 *
 * Built from `Table`, `TableRow`, `TableCell`, `Paragraph` and `TextRun`, every cell took a
 * dozen docx components, each made and then walked by docx's generic `prepForXml`: at 1,000
 * cards the tables were a third of the report's whole process. These tables use a small, fixed
 * part of WordprocessingML, so this component gives docx the same objects those classes give
 * (tests/unit/report/table-xml.test.ts compares them with docx's own, one by one). While the
 * report is packed, xml-write.ts writes them and spliced-xml.ts puts them in docx's output; docx
 * zips them with the rest. `prepForXml` is docx's documented place to customise what a
 * component writes.
 */

export interface TableColumnLayout {
  /** Twips. */
  width: number
  centred?: boolean
}

export interface TableLayout {
  /** Twips: the text width the table fills. */
  width: number
  columns: TableColumnLayout[]
  header: { paragraphs: Line[] }[]
  rows: { cells: CellModel[]; cantSplit: boolean }[]
  headerShade: string
  headerStyle: string
  textStyle: string
  /** Cell margins in twips. */
  margins: { top: number; bottom: number; left: number; right: number }
}

/** `w:tcPr` by width and shade, shared by the cells of one table that have the same. */
type CellProperties = Map<string, IXmlableObject>

function cellPropertiesOf(
  known: CellProperties,
  width: number,
  shade: string | undefined
): IXmlableObject {
  const key = `${width}|${shade ?? ''}`
  const found = known.get(key)
  if (found) return found
  const made = {
    'w:tcPr': [
      { 'w:tcW': attr({ 'w:type': 'dxa', 'w:w': twips(width) }) },
      ...(shade
        ? [{ 'w:shd': attr({ 'w:fill': hex(shade), 'w:color': 'auto', 'w:val': 'clear' }) }]
        : [])
    ]
  }
  known.set(key, made)
  return made
}

function cell(
  paragraphs: Line[],
  column: TableColumnLayout,
  style: string,
  shade: string | undefined,
  known: CellProperties
): IXmlableObject {
  const properties = cellPropertiesOf(known, column.width, shade)
  // A cell must hold a paragraph; docx gives an empty one an empty paragraph, as Word does.
  const content =
    paragraphs.length > 0
      ? paragraphs.map((line) =>
          paragraphXml(line, paragraphPropertiesOf(style, column.centred === true))
        )
      : [{ 'w:p': {} }]
  return { 'w:tc': [properties, ...content] }
}

const border = attr({ 'w:val': 'single', 'w:color': 'auto', 'w:sz': 4 })

export class ReportTable extends FileChild {
  constructor(private readonly layout: TableLayout) {
    super('w:tbl')
  }

  override prepForXml(context: IContext): IXmlableObject {
    const { layout } = this
    const { margins } = layout
    const known: CellProperties = new Map()
    const properties = {
      'w:tblPr': [
        { 'w:tblW': attr({ 'w:type': 'dxa', 'w:w': twips(layout.width) }) },
        {
          'w:tblBorders': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map(
            (side) => ({ [side]: border })
          )
        },
        { 'w:tblLayout': attr({ 'w:type': 'fixed' }) },
        {
          'w:tblCellMar': [
            { 'w:top': attr({ 'w:type': 'dxa', 'w:w': twips(margins.top) }) },
            { 'w:left': attr({ 'w:type': 'dxa', 'w:w': twips(margins.left) }) },
            { 'w:bottom': attr({ 'w:type': 'dxa', 'w:w': twips(margins.bottom) }) },
            { 'w:right': attr({ 'w:type': 'dxa', 'w:w': twips(margins.right) }) }
          ]
        }
      ]
    }
    const grid = {
      'w:tblGrid': layout.columns.map((column) => ({
        'w:gridCol': attr({ 'w:w': twips(column.width) })
      }))
    }
    const header = {
      'w:tr': [
        { 'w:trPr': [{ 'w:cantSplit': on }, { 'w:tblHeader': on }] },
        ...layout.columns.map((column, i) =>
          cell(
            layout.header[i]?.paragraphs ?? [],
            column,
            layout.headerStyle,
            layout.headerShade,
            known
          )
        )
      ]
    }
    const rows = layout.rows.map((row) => ({
      'w:tr': [
        { 'w:trPr': [{ 'w:cantSplit': row.cantSplit ? on : attr({ 'w:val': 'off' }) }] },
        ...layout.columns.map((column, i) => {
          const model = row.cells[i] ?? { paragraphs: [[]] }
          return cell(model.paragraphs, column, layout.textStyle, model.shade, known)
        })
      ]
    }))
    return splicedOrObjects(context, { 'w:tbl': [properties, grid, header, ...rows] })
  }
}
