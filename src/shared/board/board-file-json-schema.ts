import { z } from 'zod'
import { boardFileSchema } from './board-file'

/** The board file's JSON Schema, generated from the zod schema the app validates with. */
export function boardFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(boardFileSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://samenspel.invalid/schemas/board-file-v1.json',
    title: 'Samenspel-bestuursbestand (*.samenspel-bestuur.json), versie 1'
  }
}
