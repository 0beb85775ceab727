import { describe, expect, it } from 'vitest'
import type { Action, ActionReviewItem } from '../../../src/shared/domain/action-plan'
import {
  addAction,
  call,
  callFails,
  makeTestCore,
  missingId,
  teamSessionOn,
  type TestCore
} from '../../helpers/test-core'

const review = (core: TestCore, sessionId: string) =>
  call<ActionReviewItem[]>(core, 'review.list', { sessionId })

const plan = async (core: TestCore, sessionId: string) =>
  call<Action[]>(core, 'action.list', { sessionId })

/** Last time's session with three actions (one done already), and today's session. */
async function twoMeetings(core: TestCore) {
  const earlier = await teamSessionOn(core, '2026-09-01')
  const anna = await call<{ id: string }>(core, 'participant.add', {
    sessionId: earlier.id,
    name: 'Anna'
  })
  const open = await addAction(core, earlier.id, 'Koffieochtend', { ownerParticipantId: anna.id })
  const busy = await addAction(core, earlier.id, 'Tolk regelen', { status: 'bezig' })
  const done = await addAction(core, earlier.id, 'Website', { status: 'klaar' })
  const today = await teamSessionOn(core, '2026-11-22')
  return { earlier, today, open, busy, done }
}

describe('the previous session’s open actions', () => {
  it('lists the open and ongoing actions of the team’s previous session, in its order', async () => {
    const core = makeTestCore()
    const { earlier, today, open, busy } = await twoMeetings(core)
    await call(core, 'action.reorder', {
      sessionId: earlier.id,
      ids: (await plan(core, earlier.id)).map((a) => a.id).reverse()
    })
    const items = await review(core, today.id)
    expect(items.map((item) => item.action.id)).toEqual([busy.id, open.id])
    expect(items[0]).toMatchObject({
      previousSessionTitle: earlier.title,
      previousSessionDate: '2026-09-01',
      outcome: null
    })
  })

  it('takes the most recent earlier session of the same school and team', async () => {
    const core = makeTestCore()
    const older = await teamSessionOn(core, '2026-03-01')
    await addAction(core, older.id, 'Oud')
    const previous = await teamSessionOn(core, '2026-09-01', {
      school: '  de REGENBOOG ',
      team: 'onderbouw'
    })
    await addAction(core, previous.id, 'Vorige keer')
    const otherTeam = await teamSessionOn(core, '2026-10-01', { team: 'Bovenbouw' })
    await addAction(core, otherTeam.id, 'Ander team')
    const later = await teamSessionOn(core, '2027-01-01')
    await addAction(core, later.id, 'Later')
    const today = await teamSessionOn(core, '2026-11-22')
    expect((await review(core, today.id)).map((item) => item.action.what)).toEqual(['Vorige keer'])
  })

  it('counts a session earlier on the same day, and none without school and team', async () => {
    const core = makeTestCore()
    const morning = await teamSessionOn(core, '2026-11-22')
    await addAction(core, morning.id, 'Ochtend')
    const afternoon = await teamSessionOn(core, '2026-11-22')
    expect((await review(core, afternoon.id)).map((item) => item.action.what)).toEqual(['Ochtend'])
    expect(await review(core, morning.id)).toEqual([])

    const anonymous = { school: '', team: '' }
    const first = await teamSessionOn(core, '2026-01-01', anonymous)
    await addAction(core, first.id, 'Zonder school')
    const second = await teamSessionOn(core, '2026-02-01', anonymous)
    expect(await review(core, second.id)).toEqual([])
  })

  it('answers not_found for a session that is gone', async () => {
    const core = makeTestCore()
    expect(await callFails(core, 'review.list', { sessionId: missingId })).toMatchObject({
      code: 'not_found'
    })
  })
})

describe('recording what became of an earlier action', () => {
  it('klaar marks it done in the earlier session; clearing it gives the old status back', async () => {
    const core = makeTestCore()
    const { earlier, today, busy } = await twoMeetings(core)
    const item = await call<ActionReviewItem>(core, 'review.set', {
      sessionId: today.id,
      actionId: busy.id,
      outcome: 'klaar'
    })
    expect(item).toMatchObject({ outcome: 'klaar', action: { id: busy.id, status: 'klaar' } })
    expect((await plan(core, earlier.id)).find((a) => a.id === busy.id)?.status).toBe('klaar')
    expect((await review(core, today.id)).find((i) => i.action.id === busy.id)?.outcome).toBe(
      'klaar'
    )

    await call(core, 'review.set', { sessionId: today.id, actionId: busy.id, outcome: null })
    expect((await plan(core, earlier.id)).find((a) => a.id === busy.id)?.status).toBe('bezig')
    expect((await review(core, today.id)).find((i) => i.action.id === busy.id)?.outcome).toBeNull()
  })

  it('meegenomen copies it into this plan, at the end and open, once', async () => {
    const core = makeTestCore()
    const { today, open } = await twoMeetings(core)
    const anna = await call<{ id: string }>(core, 'participant.add', {
      sessionId: today.id,
      name: 'anna'
    })
    await addAction(core, today.id, 'Nieuw vandaag')
    const input = { sessionId: today.id, actionId: open.id, outcome: 'meegenomen' }
    await call(core, 'review.set', input)
    await call(core, 'review.set', input)
    const actions = await plan(core, today.id)
    expect(actions.map((a) => a.what)).toEqual(['Nieuw vandaag', 'Koffieochtend'])
    expect(actions[1]).toMatchObject({
      sessionId: today.id,
      status: 'open',
      origin: 'meegenomen',
      originRef: open.id,
      ownerParticipantId: anna.id,
      position: 1
    })
    expect(actions[1]!.id).not.toBe(open.id)
  })

  it('writes the owner’s name on the copy when that person is not in this session', async () => {
    const core = makeTestCore()
    const { today, open } = await twoMeetings(core)
    await call(core, 'review.set', {
      sessionId: today.id,
      actionId: open.id,
      outcome: 'meegenomen'
    })
    expect((await plan(core, today.id))[0]).toMatchObject({
      ownerParticipantId: null,
      ownerText: 'Anna'
    })
  })

  it('changing the outcome undoes the previous one, and meegenomen again brings the copy back', async () => {
    const core = makeTestCore()
    const { earlier, today, open } = await twoMeetings(core)
    const set = (outcome: string | null) =>
      call<ActionReviewItem>(core, 'review.set', {
        sessionId: today.id,
        actionId: open.id,
        outcome
      })
    await set('meegenomen')
    const [copy] = await plan(core, today.id)
    await call(core, 'action.update', { id: copy!.id, patch: { firstStep: 'Datum prikken' } })

    await set('vervallen')
    expect(await plan(core, today.id)).toEqual([])
    await set('klaar')
    expect((await plan(core, earlier.id)).find((a) => a.id === open.id)?.status).toBe('klaar')
    await set('meegenomen')
    expect((await plan(core, earlier.id)).find((a) => a.id === open.id)?.status).toBe('open')
    expect(await plan(core, today.id)).toEqual([
      expect.objectContaining({ id: copy!.id, firstStep: 'Datum prikken' })
    ])
  })

  it('vervallen only records the choice', async () => {
    const core = makeTestCore()
    const { earlier, today, open } = await twoMeetings(core)
    const before = await plan(core, earlier.id)
    await call(core, 'review.set', { sessionId: today.id, actionId: open.id, outcome: 'vervallen' })
    expect(await plan(core, earlier.id)).toEqual(before)
    expect(await plan(core, today.id)).toEqual([])
    expect((await review(core, today.id)).find((i) => i.action.id === open.id)?.outcome).toBe(
      'vervallen'
    )
  })

  it('refuses an action that is not open in the previous session', async () => {
    const core = makeTestCore()
    const { today, done } = await twoMeetings(core)
    const own = await addAction(core, today.id, 'Van vandaag')
    const older = await teamSessionOn(core, '2025-01-01')
    const old = await addAction(core, older.id, 'Heel oud')
    for (const actionId of [done.id, own.id, old.id, missingId]) {
      const error = await callFails(core, 'review.set', {
        sessionId: today.id,
        actionId,
        outcome: 'klaar'
      })
      expect(error.code).toBe('validation')
    }
  })

  it('marks the session as changed', async () => {
    const core = makeTestCore()
    const { today, open } = await twoMeetings(core)
    const before = await call<{ updatedAt: string }>(core, 'session.get', { id: today.id })
    await call(core, 'review.set', { sessionId: today.id, actionId: open.id, outcome: 'vervallen' })
    const after = await call<{ updatedAt: string }>(core, 'session.get', { id: today.id })
    expect(after.updatedAt > before.updatedAt).toBe(true)
  })
})

describe('the next meeting', () => {
  it('is empty at first and keeps what was set', async () => {
    const core = makeTestCore()
    const session = await teamSessionOn(core, '2026-11-22')
    expect(await call(core, 'session.getNextMeeting', { sessionId: session.id })).toEqual({
      date: null,
      note: ''
    })
    const next = { date: '2027-02-14', note: 'Terugblik op de koffieochtend' }
    expect(await call(core, 'session.setNextMeeting', { sessionId: session.id, ...next })).toEqual(
      next
    )
    expect(await call(core, 'session.getNextMeeting', { sessionId: session.id })).toEqual(next)
  })

  it('answers not_found for a session that is gone', async () => {
    const core = makeTestCore()
    for (const method of ['session.getNextMeeting', 'session.setNextMeeting']) {
      const input = method === 'session.setNextMeeting' ? { date: null, note: '' } : {}
      expect(await callFails(core, method, { sessionId: missingId, ...input })).toMatchObject({
        code: 'not_found'
      })
    }
  })
})
