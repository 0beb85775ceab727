import { describe, expect, it } from 'vitest'
import { messageModules } from '../../../src/renderer/src/i18n/messages'

describe('i18n', () => {
  it('has every key in Dutch and English alike', () => {
    for (const module of messageModules) {
      expect(Object.keys(module.en).sort()).toEqual(Object.keys(module.nl).sort())
    }
  })

  it('defines each key in one module only', () => {
    const seen = new Set<string>()
    for (const module of messageModules) {
      for (const key of Object.keys(module.nl)) {
        expect(seen.has(key), key).toBe(false)
        seen.add(key)
      }
    }
  })

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const module of messageModules) {
      for (const [key, dutch] of Object.entries(module.nl)) {
        const english = (module.en as Record<string, string>)[key] ?? ''
        expect(placeholders(english), key).toEqual(placeholders(dutch as string))
      }
    }
  })
})
