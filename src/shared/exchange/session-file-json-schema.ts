import { z } from 'zod'
import { sessionFileSchema } from './session-file'

/**
 * The session file's JSON Schema, generated from the zod schema the app validates with, so
 * the documentation cannot drift from what import accepts. `io: 'input'` describes what a
 * file may contain (fields with defaults may be left out).
 */
export function sessionFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(sessionFileSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://samenspel.invalid/schemas/session-file-v1.json',
    title: 'Samenspel-sessiebestand (*.samenspel.json), versie 1'
  }
}
