import { describe, expect, it } from 'vitest'
import { applyStateChanges } from '../../../src/renderer/src/participant/state-changes'
import type { OwnContribution, ParticipantState } from '../../../src/shared/participant/protocol'

const card = (n: number, status: OwnContribution['status'] = 'zichtbaar'): OwnContribution => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  screenId: 'visie',
  text: `Kaart ${n}`,
  status,
  createdAt: `2026-11-22T10:0${n}:00.000Z`
})

const state: ParticipantState = {
  sessionTitle: 'Teamavond',
  name: 'Sanne',
  paused: false,
  open: [],
  quickscanOpen: false,
  version: 3,
  mine: [card(1), card(2, 'wacht')]
}

describe('the phone applying changes', () => {
  it('keeps every unchanged card object, replaces the changed one and appends the new', () => {
    const next = applyStateChanges(state, {
      kind: 'delta',
      version: 5,
      mine: [card(3), card(2, 'zichtbaar'), card(1)],
      removedMine: []
    })
    expect(next.version).toBe(5)
    expect(next.mine.map((c) => c.id)).toEqual([card(1).id, card(2).id, card(3).id])
    expect(next.mine[0]).toBe(state.mine[0])
    expect(next.mine[1]).toEqual(card(2, 'zichtbaar'))
    expect(next.paused).toBe(false)
  })

  it('drops removed cards, takes a new header, and keeps the list when nothing in it changed', () => {
    const removed = applyStateChanges(state, {
      kind: 'delta',
      version: 4,
      mine: [],
      removedMine: [card(1).id]
    })
    expect(removed.mine).toEqual([state.mine[1]])
    const { sessionTitle, name, open, quickscanOpen, paused: wasPaused } = state
    const header = { sessionTitle, name, open, quickscanOpen, paused: wasPaused }
    const paused = applyStateChanges(state, {
      kind: 'delta',
      version: 4,
      mine: [card(1)],
      removedMine: [],
      header: { ...header, paused: true }
    })
    expect(paused.paused).toBe(true)
    expect(paused.mine).toBe(state.mine)
  })

  it('keeps the state itself when nothing changed, and takes a whole state when sent one', () => {
    expect(applyStateChanges(state, { kind: 'none', version: 3 })).toBe(state)
    const whole = { ...state, version: 9, mine: [] }
    expect(applyStateChanges(state, { kind: 'state', state: whole })).toBe(whole)
  })
})
