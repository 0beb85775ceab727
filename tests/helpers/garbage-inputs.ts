import { apiContract } from '../../src/shared/api/contract'
import type { ApiMethodName } from '../../src/shared/api/methods'

function deeplyNested(depth: number): unknown {
  let value: unknown = 'x'
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

/** Inputs no method accepts: wrong types, unknown fields, prototype keys, deep nesting. */
export const garbageInputs: readonly unknown[] = [
  null,
  undefined,
  42,
  'session',
  true,
  [],
  [{}],
  { unexpectedField: 1 },
  { id: 12345 },
  { id: 'not-a-uuid' },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  deeplyNested(200),
  { title: 'x'.repeat(100_000) }
]

export const allMethods = Object.keys(apiContract) as ApiMethodName[]
