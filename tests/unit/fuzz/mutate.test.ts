import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hugeMutants, megabyte, mutantsOf, pathsOf, valueAt } from './mutate'

const example = {
  id: '6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b',
  patch: {
    what: 'Koffieochtend',
    deadline: '2027-01-31',
    ids: ['6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b']
  }
}

function depth(value: unknown): number {
  let d = 0
  let node = value
  while (node !== null && typeof node === 'object' && d < 1000) {
    node = Array.isArray(node) ? node[0] : Object.values(node)[0]
    d++
  }
  return d
}

const some = (mutants: unknown[], test: (mutant: unknown) => boolean) => mutants.some(test)
const anywhere = (
  mutant: unknown,
  test: (value: unknown, key: string | number | undefined) => boolean
) => pathsOf(mutant, 2_000).some((path) => test(valueAt(mutant, path), path.at(-1)))

describe('the mutant generator', () => {
  const mutants = fc.sample(mutantsOf(example), { numRuns: 3_000, seed: 42 })

  it('never changes the example it mutates', () => {
    expect(example.patch.ids).toHaveLength(1)
    expect(Object.keys(example.patch)).toEqual(['what', 'deadline', 'ids'])
  })

  it('makes every kind of malformed input the fuzz tests promise', () => {
    const kinds: Record<string, (m: unknown) => boolean> = {
      'own __proto__ key': (m) => anywhere(m, (_v, key) => key === '__proto__'),
      'constructor key': (m) => anywhere(m, (_v, key) => key === 'constructor'),
      'missing field': (m) =>
        anywhere(
          m,
          (v) =>
            v !== null &&
            typeof v === 'object' &&
            !Array.isArray(v) &&
            'what' in v &&
            !('deadline' in v)
        ),
      'nesting of 100+ levels': (m) => anywhere(m, (v) => depth(v) > 100),
      'array for an object': (m) =>
        Array.isArray(m) || anywhere(m, (v, key) => key === 'patch' && Array.isArray(v)),
      NaN: (m) => anywhere(m, (v) => Number.isNaN(v)),
      Infinity: (m) => anywhere(m, (v) => v === Number.POSITIVE_INFINITY),
      '-0': (m) => anywhere(m, (v) => Object.is(v, -0)),
      'invalid uuid': (m) =>
        anywhere(m, (v, key) => key === 'id' && typeof v === 'string' && v !== example.id),
      'invalid date': (m) =>
        anywhere(
          m,
          (v, key) => key === 'deadline' && typeof v === 'string' && v !== example.patch.deadline
        ),
      'wrong type': (m) => anywhere(m, (v, key) => key === 'what' && typeof v !== 'string')
    }
    for (const [kind, test] of Object.entries(kinds)) expect(some(mutants, test), kind).toBe(true)
  })

  it('puts a megabyte into a few text fields, not into every mutant', () => {
    const huge = hugeMutants(example)
    expect(huge.length).toBeLessThanOrEqual(5)
    expect(huge.every((m) => anywhere(m, (v) => v === megabyte))).toBe(true)
    expect(mutants.some((m) => anywhere(m, (v) => v === megabyte))).toBe(false)
  })
})
