import type { ReportSection } from '../../shared/domain/report-options'

/**
 * The report as plain data: what it says, in which order and at which heading level, with no
 * knowledge of Word. `buildReportModel` makes it, `renderDocx` turns it into a document. Text is
 * kept as the user typed it; the renderer makes it safe for XML.
 */

export interface Run {
  text: string
  bold?: boolean
  italic?: boolean
}

/** One paragraph's runs. */
export type Line = Run[]

export interface HeadingBlock {
  kind: 'heading'
  level: 1 | 2 | 3
  text: string
}

export interface ParagraphBlock {
  kind: 'paragraph'
  runs: Line
  /** `label` introduces a list (bold, kept with it); `note` is smaller, grey print. */
  style?: 'label' | 'note'
}

export interface ListBlock {
  kind: 'list'
  ordered: boolean
  items: Line[]
}

export interface TableCell {
  paragraphs: Line[]
  /** Background colour as six hex digits, e.g. `DEEAF6`. */
  shade?: string
}

export interface TableColumn {
  title: string
  /** Relative width; the renderer scales the columns to the page. */
  weight: number
  /** Numbers and short codes read better centred. */
  centred?: boolean
}

export interface TableBlock {
  kind: 'table'
  /** The header row; it repeats at the top of every page the table runs onto. */
  columns: TableColumn[]
  rows: TableCell[][]
}

/** A chart drawn as PNG; its alt text says the same as the picture. */
export interface ImageBlock {
  kind: 'image'
  png: Uint8Array
  /** Pixel size of the PNG; the renderer scales it to the text width. */
  width: number
  height: number
  title: string
  description: string
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | ImageBlock

/** A part of the report the facilitator can leave out, or the fallback for stray cards. */
export type ReportPartId = ReportSection | 'overig'

export interface ReportPart {
  id: ReportPartId
  /** Wide tables (the action plan) get landscape pages. */
  landscape: boolean
  blocks: Block[]
}

export interface ReportCover {
  title: string
  school: string
  team: string
  /** Already in Dutch, e.g. "22 november 2026". */
  date: string
  facilitator: string
  participants: { name: string; role: string }[]
}

export interface ReportModel {
  /** Word's document properties (File → Info). */
  properties: { title: string; description: string; creator: string }
  cover: ReportCover
  /** Top of every page but the cover: school and date. */
  headerText: string
  parts: ReportPart[]
}
