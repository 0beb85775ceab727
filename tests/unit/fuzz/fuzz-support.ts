import { apiContract } from '../../../src/shared/api/contract'
import type { ApiMethodName } from '../../../src/shared/api/methods'
import type { ApiResult } from '../../../src/shared/api/result'
import { exampleFromSchema } from './example-from-schema'
import type { ValidExamples } from './valid-examples'

/** Every method of the contract as it is now: methods added later are fuzzed without a change here. */
export const contractMethods = Object.keys(apiContract) as ApiMethodName[]

/** `SAMENSPEL_FUZZ_SEED` replays a run; fast-check prints the seed of a failing one. */
export function fuzzSeed(): number | undefined {
  const seed = process.env.SAMENSPEL_FUZZ_SEED
  return seed ? Number(seed) : undefined
}

/** The table's example, or one built from the method's schema when the table has none. */
export function exampleFor(examples: ValidExamples, method: ApiMethodName): unknown {
  return method in examples ? examples[method] : exampleFromSchema(apiContract[method].input)
}

/** Whether the method's own input schema takes `input`: only inputs it refuses count as malformed. */
export function isAccepted(method: ApiMethodName, input: unknown): boolean {
  return apiContract[method].input.safeParse(input).success
}

/** A short, safe description of an input for a failure message (it may be a megabyte, or cyclic-free but deep). */
export function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_key, value: unknown) =>
      typeof value === 'bigint' ? `${value}n` : value
    )
    return text === undefined ? String(input) : text.slice(0, 300)
  } catch (error) {
    return `(not serialisable: ${(error as Error).message})`
  }
}

export function isValidationFailure(result: unknown): boolean {
  const r = result as ApiResult<unknown> | undefined
  return r?.ok === false && r.error.code === 'validation'
}

/** Object.prototype and Array.prototype as they are now, to compare after a run. */
export function prototypeSnapshot(): string {
  return JSON.stringify([
    Object.getOwnPropertyNames(Object.prototype).sort(),
    Object.getOwnPropertyNames(Array.prototype).sort()
  ])
}

export function isPolluted(): boolean {
  const probe = {} as Record<string, unknown>
  return (
    probe.polluted !== undefined ||
    ([] as unknown as Record<string, unknown>).polluted !== undefined
  )
}
