import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserHost, type BrowserHost } from '../../../src/main/host/browser-host'
import type { ApiMethodName } from '../../../src/shared/api/methods'
import { makeTempDir } from '../../helpers/temp-dir'
import { makeTestCore, type TestCore } from '../../helpers/test-core'
import { databaseChecksum } from './db-checksum'
import {
  contractMethods,
  exampleFor,
  fuzzSeed,
  isAccepted,
  isPolluted,
  isValidationFailure,
  prototypeSnapshot
} from './fuzz-support'
import { hugeMutants, mutantsOf } from './mutate'
import { buildValidExamples, type ValidExamples } from './valid-examples'

const samplesPerMethod = 200

let core: TestCore
let examples: ValidExamples
let host: BrowserHost
let checksumBefore: string
let prototypesBefore: string
const rendererDir = makeTempDir('samenspel-fuzz-renderer-')

beforeAll(async () => {
  writeFileSync(join(rendererDir.path, 'index.html'), '<!doctype html><title>Samenspel</title>')
  core = makeTestCore()
  examples = await buildValidExamples(core)
  // The real defaults: a random token and the 10 MB body limit.
  host = await startBrowserHost({ dispatch: core.dispatch, rendererDir: rendererDir.path, port: 0 })
  checksumBefore = databaseChecksum(core.db)
  prototypesBefore = prototypeSnapshot()
})

afterAll(async () => {
  await host.close()
  core.db.close()
  rendererDir.remove()
})

/** The body as a client would send it, or undefined for a mutant JSON cannot carry (a BigInt). */
function jsonBody(input: unknown): string | undefined {
  try {
    return JSON.stringify(input)
  } catch {
    return undefined
  }
}

/**
 * Bodies of mutants that are still malformed after the trip through JSON: NaN becomes null and
 * a Map becomes {}, which may turn a refused input into an accepted one.
 */
function malformedBodies(method: ApiMethodName, count: number): string[] {
  const example = exampleFor(examples, method)
  const bodies: string[] = []
  const keep = (input: unknown): boolean => {
    const body = jsonBody(input)
    if (body === undefined || isAccepted(method, JSON.parse(body))) return false
    bodies.push(body)
    return bodies.length === count
  }
  for (const input of hugeMutants(example)) if (keep(input)) return bodies
  // Drawn a batch at a time: holding thousands of mutants (some with a thousand-fold array)
  // at once ran a worker out of heap.
  for (let batch = 0; batch < 40 && bodies.length < count; batch++) {
    const seed = fuzzSeed()
    const sample = fc.sample(mutantsOf(example), {
      numRuns: 25,
      seed: seed === undefined ? undefined : seed + batch
    })
    for (const input of sample) if (keep(input)) return bodies
  }
  return bodies
}

async function post(method: string, body: string) {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body
  })
  return { status: response.status, result: (await response.json()) as unknown }
}

describe('every API method, fuzzed through the browser host', () => {
  it.each(contractMethods)(
    `%s answers ${samplesPerMethod} malformed request bodies with 400 and a validation error`,
    async (method) => {
      const bodies = malformedBodies(method, samplesPerMethod)
      expect(bodies.length).toBe(samplesPerMethod)
      for (const body of bodies) {
        const { status, result } = await post(method, body)
        const context = `${method} ${body.slice(0, 200)}`
        expect([400, 413], context).toContain(status)
        expect(isValidationFailure(result), `${context} → ${JSON.stringify(result)}`).toBe(true)
      }
    },
    60_000
  )

  it('left the database exactly as it was, and no prototype polluted', () => {
    expect(databaseChecksum(core.db)).toBe(checksumBefore)
    expect(isPolluted()).toBe(false)
    expect(prototypeSnapshot()).toBe(prototypesBefore)
    expect(core.errors).toEqual([])
  })
})
