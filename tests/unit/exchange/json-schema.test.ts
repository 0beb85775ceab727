import Ajv2020 from 'ajv/dist/2020'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sessionFileJsonSchema } from '../../../src/shared/exchange/session-file-json-schema'
import { call, makeTestCore } from '../../helpers/test-core'
import { richSession } from './rich-session'

const committed = join(__dirname, '..', '..', '..', 'docs', 'session-file.schema.json')

describe('the session file JSON Schema in docs/', () => {
  it('is the one generated from the zod schema (run `npm run schema` after changing it)', () => {
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(sessionFileJsonSchema())
  })

  it('accepts a real export and rejects a file with a wrong field', async () => {
    const core = makeTestCore()
    const { session } = await richSession(core)
    const file = await call<{ contentBase64: string }>(core, 'session.export', {
      sessionId: session.id
    })
    const json: unknown = JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8'))

    // Formats are also pinned by patterns; the validator need not know them by name.
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
      sessionFileJsonSchema()
    )
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    const broken = { ...(json as Record<string, unknown>), formatVersion: 'een' }
    expect(validate(broken)).toBe(false)
  })
})
