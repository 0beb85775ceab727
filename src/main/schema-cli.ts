import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cliText } from './cli-text'
import { boardFileJsonSchema } from '../shared/board/board-file-json-schema'
import { sessionFileJsonSchema } from '../shared/exchange/session-file-json-schema'

// Regenerates the JSON Schemas in docs/; a unit test fails when one is out of date.
const docs = join(__dirname, '..', '..', 'docs')
const schemas: [string, Record<string, unknown>][] = [
  ['session-file.schema.json', sessionFileJsonSchema()],
  ['board-file.schema.json', boardFileJsonSchema()]
]
for (const [name, schema] of schemas) {
  const target = join(docs, name)
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`)
  console.log(cliText()('cli.schema.written', { path: target }))
}
