import { describe, expect, it } from 'vitest'
import { apiContract } from '../../../src/shared/api/contract'
import { apiMethodNames } from '../../../src/shared/api/methods'

describe('API contract', () => {
  it('lists every method exactly once, in the preload list and in the schemas alike', () => {
    expect(new Set(apiMethodNames).size).toBe(apiMethodNames.length)
    expect([...apiMethodNames].sort()).toEqual(Object.keys(apiContract).sort())
  })

  it('names methods as domain.verb', () => {
    for (const name of apiMethodNames) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/)
  })
})
