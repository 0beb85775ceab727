import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiContract } from '../../../src/shared/api/contract'
import type { ApiMethodName } from '../../../src/shared/api/methods'
import { makeTestCore, type TestCore } from '../../helpers/test-core'
import { databaseChecksum } from './db-checksum'
import {
  contractMethods,
  describeInput,
  exampleFor,
  fuzzSeed,
  isAccepted,
  isPolluted,
  isValidationFailure,
  prototypeSnapshot
} from './fuzz-support'
import { hugeMutants, mutantsOf } from './mutate'
import { buildValidExamples, type ValidExamples } from './valid-examples'

const runsPerMethod = 10_000

let core: TestCore
let examples: ValidExamples
let checksumBefore: string
let prototypesBefore: string
const malformedCounts = new Map<ApiMethodName, number>()

beforeAll(async () => {
  core = makeTestCore()
  examples = await buildValidExamples(core)
  checksumBefore = databaseChecksum(core.db)
  prototypesBefore = prototypeSnapshot()
})

afterAll(() => core.db.close())

/**
 * Sends one mutant through the dispatch if the method's schema refuses it. A mutant the schema
 * takes (a changed free text, say) is a valid call and is not sent: it could change the data.
 */
async function probe(method: ApiMethodName, input: unknown): Promise<boolean> {
  if (isAccepted(method, input)) return false
  const result = await core.dispatch(method, input)
  if (!isValidationFailure(result)) {
    throw new Error(`${method} answered ${describeInput(result)} to ${describeInput(input)}`)
  }
  return true
}

describe('every API method, fuzzed through the dispatch', () => {
  it('has a valid example to mutate for every method of the contract', () => {
    for (const method of contractMethods) {
      const parsed = apiContract[method].input.safeParse(exampleFor(examples, method))
      expect(parsed.error?.issues ?? [], `example of ${method}`).toEqual([])
    }
  })

  it.each(contractMethods)(
    `%s refuses ${runsPerMethod} malformed inputs with a validation error`,
    async (method) => {
      const example = exampleFor(examples, method)
      let malformed = 0
      await fc.assert(
        fc.asyncProperty(mutantsOf(example), async (input) => {
          if (await probe(method, input)) malformed++
        }),
        { numRuns: runsPerMethod, seed: fuzzSeed() }
      )
      for (const input of hugeMutants(example)) await probe(method, input)
      malformedCounts.set(method, malformed)
      // Most mutants must be refused, or the generator is not exercising the schema.
      expect(malformed, `${method}: malformed mutants`).toBeGreaterThan(runsPerMethod * 0.4)
    },
    60_000
  )

  it('left the database exactly as it was, and no prototype polluted', () => {
    expect(malformedCounts.size).toBe(contractMethods.length)
    expect(databaseChecksum(core.db)).toBe(checksumBefore)
    expect(isPolluted()).toBe(false)
    expect(prototypeSnapshot()).toBe(prototypesBefore)
    expect(core.errors).toEqual([])
  })
})
