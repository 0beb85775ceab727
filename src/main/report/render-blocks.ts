import { HeadingLevel, ImageRun, LineRuleType, Paragraph, TextRun, type FileChild } from 'docx'
import type {
  Block,
  HeadingBlock,
  ImageBlock,
  Line,
  ListBlock,
  TableBlock,
  TableCell as CellModel
} from './report-model'
import { orderedListReference, styleIds } from './render-styles'
import { sanitizeLine, textLines } from './sanitize'
import { LightParagraph } from './paragraph-xml'
import { ReportTable } from './table-xml'
import { BookmarkedHeading, type TocEntry } from './toc-xml'

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3
} as const

const headerShade = 'D9E2F3'

/** Every run through `textLines`: cleaned for XML, and `\n` as a real line break. */
export function textRuns(line: Line): TextRun[] {
  return line.flatMap((run) =>
    textLines(run.text).map(
      (text, i) =>
        new TextRun({
          text,
          bold: run.bold,
          italics: run.italic,
          ...(i > 0 ? { break: 1 } : {})
        })
    )
  )
}

export interface RenderState {
  /** Counts ordered lists so each one starts again at 1. */
  orderedLists: number
  /**
   * The headings the table of contents lists, in order, each with its bookmark's number. Left
   * out (the board report), headings are plain and docx fills a contents in from them.
   */
  tocEntries?: TocEntry[]
  /**
   * Body paragraphs and bullets as `LightParagraph`s; the caller then makes a section's last
   * paragraph a docx one (see `bodySections`). Left out (the board report), all are docx's.
   */
  lightParagraphs?: boolean
}

function listParagraphs(block: ListBlock, state: RenderState): FileChild[] {
  if (!block.ordered && state.lightParagraphs) {
    return block.items.map(
      (item) =>
        new LightParagraph(
          item,
          { bullet: true },
          () => new Paragraph({ children: textRuns(item), bullet: { level: 0 } })
        )
    )
  }
  const instance = block.ordered ? ++state.orderedLists : 0
  return block.items.map(
    (item) =>
      new Paragraph({
        children: textRuns(item),
        ...(block.ordered
          ? { numbering: { reference: orderedListReference, level: 0, instance } }
          : { bullet: { level: 0 } })
      })
  )
}

/** A row this short never needs to break across pages, and reads badly when it does. */
const keepTogetherBelow = 600

function rowLength(row: readonly CellModel[]): number {
  return row.reduce(
    (sum, c) =>
      sum + c.paragraphs.reduce((n, line) => n + line.reduce((m, r) => m + r.text.length, 0), 0),
    0
  )
}

/** About the width of one character of 9 pt Calibri (bold, wide letters), in twips. */
const twipsPerChar = 105
const cellPadding = 160

/** The longest word of a column (header included): narrower than that, Word splits it. */
function longestWord(block: TableBlock, index: number): number {
  const texts = [
    block.columns[index]?.title ?? '',
    ...block.rows.flatMap((row) => row[index]?.paragraphs.flat().map((r) => r.text) ?? [])
  ]
  return Math.max(0, ...texts.flatMap((t) => t.split(/\s+/)).map((word) => word.length))
}

/**
 * Column widths in twips: by weight, but never narrower than the column's longest word (up to
 * a third of the table), so "Draagvlak" does not break into "Draagvla-k". What the wide
 * columns give up comes from the others in proportion.
 */
export function columnWidths(block: TableBlock, textWidth: number): number[] {
  const total = block.columns.reduce((sum, column) => sum + column.weight, 0)
  const weighted = block.columns.map((column) => (column.weight / total) * textWidth)
  const needed = block.columns.map((_, i) =>
    Math.min(textWidth / 3, longestWord(block, i) * twipsPerChar + cellPadding)
  )
  const short = weighted.map((w, i) => Math.max(0, (needed[i] ?? 0) - w))
  const missing = short.reduce((sum, n) => sum + n, 0)
  const spare = weighted.map((w, i) => Math.max(0, w - (needed[i] ?? 0)))
  const spareTotal = spare.reduce((sum, n) => sum + n, 0)
  if (missing === 0 || spareTotal < missing) return weighted.map(Math.floor)
  return weighted.map((w, i) =>
    Math.floor(w + (short[i] ?? 0) - ((spare[i] ?? 0) / spareTotal) * missing)
  )
}

/** Column widths in twips, scaled to the text width, and a header row that repeats per page. */
function renderTable(block: TableBlock, textWidth: number): ReportTable {
  const widths = columnWidths(block, textWidth)
  return new ReportTable({
    width: textWidth,
    columns: block.columns.map((column, i) => ({
      width: widths[i] ?? 0,
      centred: column.centred
    })),
    header: block.columns.map((column) => ({ paragraphs: [[{ text: column.title }]] })),
    rows: block.rows.map((cells) => ({ cells, cantSplit: rowLength(cells) < keepTogetherBelow })),
    headerShade,
    headerStyle: styleIds.tableHeader,
    textStyle: styleIds.tableText,
    margins: { top: 40, bottom: 40, left: 80, right: 80 }
  })
}

/** Twips per pixel at Word's 96 dpi. */
const twipsPerPixel = 15

/** A chart as a real picture, as wide as the text, with its alt text in the drawing's properties. */
function renderImage(block: ImageBlock, textWidth: number): Paragraph {
  const width = Math.floor(textWidth / twipsPerPixel)
  const height = Math.round((block.height / block.width) * width)
  return new Paragraph({
    // A fixed line height would clip the picture to one line of text in LibreOffice.
    spacing: { before: 120, after: 60, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: block.png,
        transformation: { width, height },
        altText: {
          name: sanitizeLine(block.title),
          title: sanitizeLine(block.title),
          description: sanitizeLine(block.description)
        }
      })
    ]
  })
}

/** Headings of level 1 and 2 with text are in the table of contents, as Word's `\\o "1-2"`. */
function renderHeading(block: HeadingBlock, state: RenderState): Paragraph {
  const text = sanitizeLine(block.text)
  const options = { heading: headingLevels[block.level], text }
  const entries = state.tocEntries
  if (!entries || block.level === 3 || text.trim() === '') return new Paragraph(options)
  const id = entries.length + 1
  entries.push({ title: text, level: block.level, id })
  return new BookmarkedHeading(options, id)
}

export function renderBlock(block: Block, textWidth: number, state: RenderState): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [renderHeading(block, state)]
    case 'paragraph': {
      const style = block.style ? styleIds[block.style] : undefined
      const { runs } = block
      const paragraph = () =>
        new Paragraph({ children: textRuns(runs), ...(style ? { style } : {}) })
      return [state.lightParagraphs ? new LightParagraph(runs, { style }, paragraph) : paragraph()]
    }
    case 'list':
      return listParagraphs(block, state)
    case 'table':
      // Word wants a paragraph after a table, or two tables in a row merge into one.
      return [renderTable(block, textWidth), new Paragraph({ children: [] })]
    case 'image':
      return [renderImage(block, textWidth)]
  }
}
