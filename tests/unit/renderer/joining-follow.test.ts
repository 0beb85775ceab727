import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The store's answers: only which calls were made matters here.
const calls: string[] = []
vi.mock('../../../src/renderer/src/api', () => ({
  api: new Proxy(
    {},
    {
      get: (_target, method: string) => () => {
        calls.push(method)
        return Promise.resolve({ sessionId, url: 'http://10.0.0.2:5000/', code: '1234' })
      }
    }
  )
}))
vi.mock('../../../src/renderer/src/api/writes', () => ({
  writes: { idle: () => Promise.resolve(), enqueue: () => Promise.resolve() }
}))

const { applySessionChanges } =
  await import('../../../src/renderer/src/features/session/apply-session-changes')
const { showDevices, useJoiningStore } =
  await import('../../../src/renderer/src/stores/joining-store')

const sessionId = '11111111-1111-4111-8111-111111111111'
const phoneCard = {
  kind: 'delta' as const,
  cards: [],
  removedCards: [],
  parts: ['joining' as const]
}
const marks = { cards: 0, answers: 0 }

beforeEach(() => {
  vi.useFakeTimers()
  calls.length = 0
  useJoiningStore.setState({ sessionId, status: null })
})
afterEach(() => vi.useRealTimers())

describe('the devices while phones send cards', () => {
  it('are not fetched after every phone card while nothing on screen lists them', async () => {
    for (let i = 0; i < 5; i++) {
      await applySessionChanges(sessionId, phoneCard, marks)
      await vi.advanceTimersByTimeAsync(1_000)
    }
    expect(calls).not.toContain('joining.status')
  })

  it('are fetched when the joining panel opens, then at most once a second while it is open', async () => {
    const hide = showDevices()
    expect(calls).toEqual(['joining.status'])
    for (let i = 0; i < 10; i++) {
      await applySessionChanges(sessionId, phoneCard, marks)
      await vi.advanceTimersByTimeAsync(250)
    }
    // 2.5 s of phone cards: the panel's own fetch and two or three more, not ten.
    const fetched = calls.filter((call) => call === 'joining.status').length
    expect(fetched).toBeGreaterThanOrEqual(3)
    expect(fetched).toBeLessThanOrEqual(4)
    hide()
    await vi.advanceTimersByTimeAsync(1_000)
    calls.length = 0
    await applySessionChanges(sessionId, phoneCard, marks)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(calls).not.toContain('joining.status')
  })
})
