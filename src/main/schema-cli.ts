import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cliText } from './cli-text'
import { sessionFileJsonSchema } from '../shared/exchange/session-file-json-schema'

// Regenerates docs/session-file.schema.json; a unit test fails when it is out of date.
const target = join(__dirname, '..', '..', 'docs', 'session-file.schema.json')
writeFileSync(target, `${JSON.stringify(sessionFileJsonSchema(), null, 2)}\n`)
console.log(cliText()('cli.schema.written', { path: target }))
