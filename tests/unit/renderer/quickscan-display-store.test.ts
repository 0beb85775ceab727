import { beforeEach, describe, expect, it } from 'vitest'
import {
  defaultRevealFilters,
  useQuickscanDisplayStore
} from '../../../src/renderer/src/features/quickscan/quickscan-display-store'

describe('the quickscan sort and filter', () => {
  beforeEach(() =>
    useQuickscanDisplayStore.setState({ sessionId: null, filters: defaultRevealFilters })
  )

  it("belong to one session: the next session starts from the defaults, not the last one's", () => {
    const store = useQuickscanDisplayStore.getState()
    store.forSession('sessie-a')
    store.setFilters({ order: 'verdeeld', cluster: 'relatie', factor: '3' } as never)
    store.show('results')
    store.forSession('sessie-b')
    expect(useQuickscanDisplayStore.getState()).toMatchObject({
      sessionId: 'sessie-b',
      filters: defaultRevealFilters,
      shown: null
    })
  })

  it('stay as chosen while the same session is open', () => {
    const store = useQuickscanDisplayStore.getState()
    store.forSession('sessie-a')
    const chosen = { order: 'pack', cluster: 'relatie', factor: '', onlyChanged: false } as const
    store.setFilters(chosen)
    store.forSession('sessie-a')
    expect(useQuickscanDisplayStore.getState().filters).toEqual(chosen)
  })
})
