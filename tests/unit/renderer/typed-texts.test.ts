import { describe, expect, it } from 'vitest'
import { typedTexts } from '../../../src/renderer/src/api/typed-texts'

describe('typed texts of a write', () => {
  it('finds what a person typed and skips ids, dates and settings', () => {
    expect(
      typedTexts({
        sessionId: '00000000-0000-4000-8000-000000000000',
        id: '00000000-0000-4000-8000-000000000001',
        screenId: 'stap1-vraag-1',
        text: 'Ouders bellen bij goed nieuws',
        tag: 'idee'
      })
    ).toEqual(['Ouders bellen bij goed nieuws'])
    expect(
      typedTexts({
        id: '00000000-0000-4000-8000-000000000001',
        fields: { what: 'Inloopochtend', who: 'Anna', when: '', date: '2026-12-01' }
      })
    ).toEqual(['Inloopochtend', 'Anna'])
  })
})
