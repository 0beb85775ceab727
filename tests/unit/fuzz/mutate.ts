import fc from 'fast-check'

/** Where a value sits inside an input: object keys and array indexes from the root. */
export type Path = readonly (string | number)[]

type Container = Record<string, unknown> | unknown[]

/** Plain objects and arrays are walked into; Dates, Maps, typed arrays and the like are leaves. */
function isContainer(value: unknown): value is Container {
  if (Array.isArray(value)) return true
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** Every path in `value`, the root first; bounded so a deeply nested mutant stays cheap to walk. */
export function pathsOf(value: unknown, limit = 400): Path[] {
  const paths: Path[] = []
  const walk = (node: unknown, path: Path): void => {
    if (paths.length >= limit || path.length > 24) return
    paths.push(path)
    if (!isContainer(node)) return
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)
    for (const key of keys) walk((node as Record<string | number, unknown>)[key], [...path, key])
  }
  walk(value, [])
  return paths
}

export function valueAt(value: unknown, path: Path): unknown {
  let node = value
  for (const key of path) node = (node as Record<string | number, unknown>)[key]
  return node
}

/**
 * An object with exactly these own keys. The keys go through JSON.parse, so `__proto__` becomes
 * an own property, as it does in a request body the browser host parses, instead of setting
 * the prototype.
 */
export function objectWithKeys(entries: readonly (readonly [string, unknown])[]): object {
  const keys = entries.map(([key]) => `${JSON.stringify(key)}:null`).join(',')
  const out = JSON.parse(`{${keys}}`) as Record<string, unknown>
  // Once `__proto__` is an own data property, assigning to it writes that property.
  for (const [key, item] of entries) out[key] = item
  return out
}

/** Marks a field or array item to be left out. */
const remove = Symbol('remove')

/** Copies the containers along `path` only, so the example and other mutants stay untouched. */
function update(value: unknown, path: Path, change: (old: unknown) => unknown | typeof remove) {
  const rec = (node: unknown, depth: number): unknown => {
    if (depth === path.length) return change(node)
    const key = path[depth] as string | number
    if (Array.isArray(node)) {
      const copy = [...node]
      const next = rec(copy[key as number], depth + 1)
      if (next === remove) copy.splice(key as number, 1)
      else copy[key as number] = next
      return copy
    }
    const record = node as Record<string, unknown>
    const next = rec(record[key], depth + 1)
    const entries = Object.keys(record)
      .filter((k) => k !== key || next !== remove)
      .map((k) => [k, k === key ? next : record[k]] as const)
    return objectWithKeys(entries)
  }
  const result = rec(value, 0)
  return result === remove ? undefined : result
}

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value }
  return value
}

const longStrings = [121, 201, 256, 2_001, 5_001, 20_001, 100_001].map((n) => 'x'.repeat(n))

/** Values no field of the contract should take as they are, or only by coincidence. */
const badConstants: readonly unknown[] = [
  null,
  undefined,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  '',
  ' ',
  'null',
  'true',
  '0',
  'NaN',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '{6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b}',
  '6f1c2b7e3a4d4e5f8a9b0c1d2e3f4a5b',
  '6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5',
  '6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5bz',
  '2026-02-30',
  '2026-13-01',
  '22-11-2026',
  '2026-11-22T25:00:00Z',
  '0000-00-00',
  '999.1.1.1',
  '\u0000',
  '\ud800',
  '\ufffe\uffff',
  '<script>alert(1)</script>',
  "'; DROP TABLE sessions; --",
  '../../../etc/passwd',
  ...longStrings,
  [],
  [null],
  {},
  { a: 1 },
  JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  { constructor: { prototype: { polluted: 'yes' } } },
  nested(300, 'x', false),
  nested(300, 'x', true),
  new Date(Number.NaN),
  new Date(0),
  10n,
  new Map([['id', 'x']]),
  new Set([1]),
  new Uint8Array([1, 2, 3]),
  Object.create(null)
]

/** Keys an input should not have: prototype names, near-misses of real fields, odd strings. */
const extraKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'extra',
    '',
    ' id',
    'ID',
    'sessionid',
    'polluted'
  ),
  fc.string({ maxLength: 12 })
)

export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...badConstants), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double(), weight: 2 },
  {
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      // Sparse arrays can claim a length of millions: as JSON that is tens of megabytes of nulls.
      withSparseArray: false
    }),
    weight: 2
  }
)

/** A value as the text a careless client would send instead (`"5"` for 5, `"[]"` for []). */
function describeAsText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value
  } catch {
    // A BigInt inside, or an object without a prototype: no JSON, and String() may throw too.
    return Object.prototype.toString.call(value)
  }
}

/** The array's own first element when it is a small scalar, else a wrong-typed small value. */
function smallCopy(first: unknown): unknown {
  if (typeof first === 'string') return first.length <= 200 ? first : 0
  if (typeof first === 'object' || first === undefined) return 0
  return first
}

function tweakString(text: string, choice: number): string {
  switch (choice % 9) {
    case 0:
      return text.slice(1)
    case 1:
      return `${text}0`
    case 2:
      return ` ${text} `.repeat(text.length === 0 ? 1 : 2)
    case 3:
      return text.toUpperCase() + '\u0000'
    case 4:
      // A digit off: an impossible month or day, a uuid of another version or variant.
      return text.replace(/\d/, (d) => String((Number(d) + 7) % 10))
    case 5:
      return text.replace(/[-:]/, '/')
    case 6:
      return text + (longStrings[choice % longStrings.length] ?? '')
    case 7:
      return ''
    default:
      return text.replace(/[a-z]/, 'g')
  }
}

function tweakNumber(value: number, choice: number): unknown {
  const variants = [value + 1, value - 1, -value, value + 0.5, 0, -0, Number.NaN, 2 ** 53, 1e308]
  return variants[choice % variants.length]
}

const kinds = [
  'replace',
  'remove',
  'addKey',
  'wrapInArray',
  'nest',
  'asString',
  'tweak',
  'toArray',
  'overfill'
] as const

interface Step {
  at: number
  kind: (typeof kinds)[number]
  value: unknown
  key: string
  choice: number
}

const step: fc.Arbitrary<Step> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom(...kinds),
  value: badValue,
  key: extraKey,
  choice: fc.nat(1_000)
})

function changeFor(s: Step): (old: unknown) => unknown {
  return (old) => {
    switch (s.kind) {
      case 'remove':
        return remove
      case 'addKey':
        return isContainer(old) && !Array.isArray(old)
          ? objectWithKeys([...Object.entries(old), [s.key, s.value]])
          : s.value
      case 'wrapInArray':
        return [old]
      case 'nest':
        return nested(100 + (s.choice % 300), old, s.choice % 2 === 0)
      case 'asString':
        return typeof old === 'string' ? Number(old) : describeAsText(old)
      case 'tweak':
        if (typeof old === 'string') return tweakString(old, s.choice)
        if (typeof old === 'number') return tweakNumber(old, s.choice)
        if (typeof old === 'boolean') return old ? 1 : 'false'
        return s.value
      case 'toArray':
        return isContainer(old) ? Object.entries(old) : s.value
      case 'overfill':
        // Past any list limit, but filled with small values: copying a long string a thousand
        // times made 75 MB bodies that ran the test worker out of heap.
        return Array.isArray(old)
          ? [...old, ...Array.from({ length: 51 + s.choice }, () => smallCopy(old[0]))]
          : s.value
      default:
        return s.value
    }
  }
}

/**
 * Mutants of a valid input: one to three steps, each at a path of the mutant so far (so a
 * field inside `patch` or `fields` is as likely a target as the top level).
 */
export function mutantsOf(example: unknown): fc.Arbitrary<unknown> {
  return fc.array(step, { minLength: 1, maxLength: 3 }).map((steps) => {
    let mutant = example
    for (const s of steps) {
      const paths = pathsOf(mutant)
      const path = paths[s.at % paths.length] ?? []
      mutant = update(mutant, path, changeFor(s))
    }
    return mutant
  })
}

/** The string leaves of an input, for the few mutants that put a megabyte there. */
export function stringPaths(example: unknown): Path[] {
  return pathsOf(example).filter((path) => typeof valueAt(example, path) === 'string')
}

export const megabyte = 'x'.repeat(1024 * 1024)

/** A few huge inputs per method: a megabyte in up to three text fields and in an unknown one. */
export function hugeMutants(example: unknown): unknown[] {
  const inFields = stringPaths(example)
    .slice(0, 3)
    .map((path) => update(example, path, () => megabyte))
  const extra = isContainer(example)
    ? [objectWithKeys([...Object.entries(example), ['notes', megabyte]])]
    : []
  return [...inFields, ...extra, megabyte]
}
