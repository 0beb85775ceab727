import { beforeEach, describe, expect, it } from 'vitest'
import {
  audienceViewKey,
  useAudiencePagingStore
} from '../../../src/renderer/src/features/audience/audience-paging-store'

const filters = { order: 'pack' as const, cluster: '', factor: '', onlyChanged: true }

describe('the clicker on a screen with pages of cards', () => {
  beforeEach(() => useAudiencePagingStore.getState().showView('screen:a'))

  it('turns pages within the screen first and moves on only from the last page', () => {
    const paging = useAudiencePagingStore.getState()
    paging.setPages('screen:a', 3)
    expect(paging.turn('screen:a', 1)).toBe(true)
    expect(paging.turn('screen:a', 1)).toBe(true)
    expect(useAudiencePagingStore.getState().page).toBe(2)
    expect(paging.turn('screen:a', 1)).toBe(false)
    expect(paging.turn('screen:a', -1)).toBe(true)
    expect(useAudiencePagingStore.getState().page).toBe(1)
  })

  it('starts a new screen on its first page and ignores a page count reported for another', () => {
    const paging = useAudiencePagingStore.getState()
    paging.setPages('screen:a', 3)
    paging.turn('screen:a', 1)
    paging.showView('screen:b')
    expect(useAudiencePagingStore.getState()).toMatchObject({ view: 'screen:b', page: 0, pages: 1 })
    expect(paging.turn('screen:a', 1)).toBe(false)
    expect(paging.turn('screen:b', -1)).toBe(false)
  })

  it('keeps the page when the cards shrink to fewer pages, on the last one there is', () => {
    const paging = useAudiencePagingStore.getState()
    paging.setPages('screen:a', 4)
    paging.turn('screen:a', 1)
    paging.turn('screen:a', 1)
    paging.setPages('screen:a', 2)
    expect(useAudiencePagingStore.getState().page).toBe(1)
  })

  it('gives a voting round the facilitator shows its own key, before anything else', () => {
    expect(audienceViewKey('x', null, 'r1')).toBe('vote:r1')
    expect(audienceViewKey('x', { shown: 'results', questionId: null, filters }, 'r1')).toBe(
      'vote:r1'
    )
    expect(audienceViewKey('x', null, null)).toBe('screen:x')
  })

  it('gives the quickscan result and each item their own key', () => {
    expect(audienceViewKey('x', null)).toBe('screen:x')
    expect(audienceViewKey('x', { shown: 'results', questionId: null, filters })).toBe(
      'quickscan:results:'
    )
    expect(audienceViewKey('x', { shown: 'item', questionId: 'q1', filters })).toBe(
      'quickscan:item:q1'
    )
  })
})
