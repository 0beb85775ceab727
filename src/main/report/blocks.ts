import type {
  Block,
  HeadingBlock,
  Line,
  ListBlock,
  ParagraphBlock,
  TableBlock,
  TableCell,
  TableColumn
} from './report-model'

/** Small constructors, so the section builders read as the report's outline. */

export function heading(level: HeadingBlock['level'], text: string): HeadingBlock {
  return { kind: 'heading', level, text }
}

export function paragraph(content: string | Line, style?: ParagraphBlock['style']): ParagraphBlock {
  const runs = typeof content === 'string' ? [{ text: content }] : content
  return style ? { kind: 'paragraph', runs, style } : { kind: 'paragraph', runs }
}

/** A bold lead-in ("Wanneer: ") followed by the value. */
export function labelled(label: string, value: string): ParagraphBlock {
  return paragraph([{ text: `${label}: `, bold: true }, { text: value }])
}

export function list(items: (string | Line)[], ordered = false): ListBlock {
  return {
    kind: 'list',
    ordered,
    items: items.map((item) => (typeof item === 'string' ? [{ text: item }] : item))
  }
}

export function cell(content: string | Line | Line[], shade?: string): TableCell {
  let paragraphs: Line[]
  if (typeof content === 'string') paragraphs = [[{ text: content }]]
  else if (content.length > 0 && Array.isArray(content[0])) paragraphs = content as Line[]
  else paragraphs = [content as Line]
  return shade ? { paragraphs, shade } : { paragraphs }
}

/** A table; `centred` lists the columns (by index) whose cells are centred. */
export function table(
  titles: readonly string[],
  weights: readonly number[],
  rows: TableCell[][],
  centred: readonly number[] = []
): TableBlock {
  const columns = titles.map((title, i): TableColumn =>
    centred.includes(i)
      ? { title, weight: weights[i] ?? 1, centred: true }
      : { title, weight: weights[i] ?? 1 }
  )
  return { kind: 'table', columns, rows }
}

/** Every text in a block list, in reading order: for tests and for the Markdown bench. */
export function blockTexts(blocks: readonly Block[]): string[] {
  const lineText = (line: Line) => line.map((run) => run.text).join('')
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'heading':
        return [block.text]
      case 'paragraph':
        return [lineText(block.runs)]
      case 'list':
        return block.items.map(lineText)
      case 'table':
        return [
          ...block.columns.map((column) => column.title),
          ...block.rows.flatMap((row) => row.flatMap((c) => c.paragraphs.map(lineText)))
        ]
      case 'image':
        return [block.description]
    }
  })
}
