import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Contribution } from '../../../src/shared/domain/workspace'

const stored = new Map<string, (value: unknown) => void>()
vi.mock('../../../src/renderer/src/api/writes', () => ({
  writes: {
    enqueue: (_method: string, input: { id?: string }) =>
      new Promise((resolve) => stored.set(input.id ?? '', resolve)),
    idle: () => Promise.resolve()
  }
}))

const { useCardsStore } = await import('../../../src/renderer/src/stores/cards-store')

const sessionId = '11111111-1111-4111-8111-111111111111'
const card = (n: number, extra: Partial<Contribution> = {}): Contribution => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  sessionId,
  screenId: 'stap1-vraag-1',
  text: `Kaart ${n}`,
  tag: null,
  participantId: null,
  carryToPlan: false,
  position: n,
  createdAt: '2026-11-22T09:00:00.000Z',
  updatedAt: '2026-11-22T09:00:00.000Z',
  origin: 'deelnemer',
  deviceId: null,
  deviceName: 'Sanne',
  held: false,
  mergedFrom: [],
  hidden: false,
  ...extra
})

const cards = () => useCardsStore.getState().cards
const mark = () => useCardsStore.getState().editMark()

beforeEach(() => {
  stored.clear()
  useCardsStore.getState().load(sessionId, [card(1), card(2), card(3)])
})

describe('the cards store applying changes from elsewhere', () => {
  it('keeps the object of every card that did not change', () => {
    const before = cards()
    useCardsStore
      .getState()
      .applyChanges([card(2, { text: 'Anders' }), card(4)], [card(3).id], mark())
    expect(cards().map((c) => c.text)).toEqual(['Kaart 1', 'Anders', 'Kaart 4'])
    expect(cards()[0]).toBe(before[0])
    // Only the times differ: nothing to render, the same array.
    const same = cards()
    useCardsStore
      .getState()
      .applyChanges([card(1, { updatedAt: '2026-11-22T10:00:00.000Z' })], [], mark())
    expect(cards()).toBe(same)
  })

  it('gives the same list for a delta of a few cards as for one of many', () => {
    // 20 cards, of which a few change: once as a small delta, once padded with unchanged
    // cards past the one-by-one limit (the Map path); both keep every untouched object.
    const many = Array.from({ length: 20 }, (_, i) => card(i + 1))
    const change = [card(2, { text: 'Anders' }), card(21), card(5, { hidden: true })]
    const removed = [card(7).id]
    useCardsStore.getState().load(sessionId, many)
    useCardsStore.getState().applyChanges(change, removed, mark())
    const few = cards()
    useCardsStore.getState().load(sessionId, many)
    useCardsStore.getState().applyChanges([...change, ...many.slice(10)], removed, mark())
    expect(cards()).toEqual(few)
    expect(few.map((c) => c.text)).toContain('Anders')
    expect(few).toHaveLength(20)
    expect(few[0]).toBe(many[0])
    expect(cards()[12]).toBe(few[12])
  })

  it('keeps a reload’s unchanged cards and drops what the store no longer has', () => {
    const before = cards()
    useCardsStore.getState().refresh([card(1), card(3, { hidden: true })], mark())
    expect(cards().map((c) => c.id)).toEqual([card(1).id, card(3).id])
    expect(cards()[0]).toBe(before[0])
    expect(cards()[1]?.hidden).toBe(true)
  })

  it('does not apply this tab’s own writes twice, nor an answer older than an edit here', async () => {
    const since = mark()
    const own = useCardsStore
      .getState()
      .add({ screenId: 'stap1-vraag-1', text: 'Van mij', tag: null, participantId: null })
    useCardsStore.getState().update(card(1).id, { text: 'Net getypt' })
    // A delta asked for before those edits: it has the old text of card 1 and our new card.
    useCardsStore
      .getState()
      .applyChanges([card(1), { ...own, createdAt: '2026-11-22T09:30:00.000Z' }], [], since)
    expect(cards().find((c) => c.id === card(1).id)?.text).toBe('Net getypt')
    expect(cards().filter((c) => c.id === own.id)).toHaveLength(1)
    expect(cards().find((c) => c.id === own.id)).toBe(own)
  })

  it('takes the position the store gave this tab’s new card', async () => {
    const own = useCardsStore
      .getState()
      .add({ screenId: 'stap1-vraag-1', text: 'Van mij', tag: null, participantId: null })
    expect(own.position).toBe(4)
    // A phone's card took place 4 first.
    stored.get(own.id)?.({ ...own, position: 5 })
    await Promise.resolve()
    await Promise.resolve()
    expect(cards().find((c) => c.id === own.id)?.position).toBe(5)
  })
})
