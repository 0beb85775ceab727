import { blockTexts } from '../../../src/main/report/blocks'
import type {
  Block,
  ReportModel,
  ReportPart,
  ReportPartId,
  TableBlock
} from '../../../src/main/report/report-model'

export function part(model: ReportModel, id: ReportPartId): ReportPart {
  const found = model.parts.find((p) => p.id === id)
  if (!found) throw new Error(`no part ${id} in the report`)
  return found
}

/** Every text after the cover: header, properties and every part. */
export function textsAfterCover(model: ReportModel): string[] {
  return [
    model.headerText,
    model.properties.title,
    model.properties.description,
    ...model.parts.flatMap((p) => blockTexts(p.blocks))
  ]
}

export function partText(model: ReportModel, id: ReportPartId): string {
  return blockTexts(part(model, id).blocks).join('\n')
}

export function tables(blocks: readonly Block[]): TableBlock[] {
  return blocks.filter((b): b is TableBlock => b.kind === 'table')
}

/** The text of one column of a table, row by row. */
export function columnTexts(block: TableBlock, column: number): string[] {
  return block.rows.map((row) =>
    (row[column]?.paragraphs ?? []).map((line) => line.map((r) => r.text).join('')).join('\n')
  )
}

/** The blocks between a heading with `text` and the next heading of the same or a higher level. */
export function under(blocks: readonly Block[], text: string): Block[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === text)
  if (start < 0) throw new Error(`no heading "${text}"`)
  const level = (blocks[start] as { level: number }).level
  const rest = blocks.slice(start + 1)
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level <= level)
  return end < 0 ? rest : rest.slice(0, end)
}
