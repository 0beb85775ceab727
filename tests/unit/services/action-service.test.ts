import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { emptyActionFields, type Action } from '../../../src/shared/domain/action-plan'
import type { Contribution } from '../../../src/shared/domain/workspace'
import {
  addAction,
  call,
  callFails,
  makeTestCore,
  missingId,
  sessionWithTeam,
  type TestCore
} from '../../helpers/test-core'

async function plan(core: TestCore, sessionId: string): Promise<string[]> {
  const actions = await call<Action[]>(core, 'action.list', { sessionId })
  return actions.map((action) => action.what)
}

describe('adding actions', () => {
  it('puts each new action at the end of the plan, open and made freely', async () => {
    const core = makeTestCore()
    const { sessionId, annaId } = await sessionWithTeam(core)
    const first = await addAction(core, sessionId, 'Koffieochtend organiseren')
    const second = await addAction(core, sessionId, 'Tolk regelen', {
      ownerParticipantId: annaId,
      deadline: '2027-01-15',
      screenId: 'stap1-vraag-1',
      factor: 5,
      aspect: 'wederkerige-relatie'
    })
    expect(first).toMatchObject({ position: 0, status: 'open', origin: 'vrij', originRef: null })
    expect(second).toMatchObject({ position: 1, ownerParticipantId: annaId, factor: 5 })
    expect(await plan(core, sessionId)).toEqual(['Koffieochtend organiseren', 'Tolk regelen'])
  })

  it('adds a retried action once and answers the retry with the stored action', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const input = { sessionId, id: randomUUID(), fields: emptyActionFields('Eén keer') }
    const first = await call<Action>(core, 'action.add', input)
    const retry = await call<Action>(core, 'action.add', {
      ...input,
      fields: emptyActionFields('Anders')
    })
    expect(retry).toEqual(first)
    expect(await plan(core, sessionId)).toEqual(['Eén keer'])
  })

  it('refuses an action id that belongs to another session', async () => {
    const core = makeTestCore()
    const a = await sessionWithTeam(core)
    const b = await sessionWithTeam(core)
    const action = await addAction(core, a.sessionId, 'Van sessie A')
    const error = await callFails(core, 'action.add', {
      sessionId: b.sessionId,
      id: action.id,
      fields: emptyActionFields('Kaping')
    })
    expect(error.code).toBe('validation')
    expect(await plan(core, b.sessionId)).toEqual([])
  })

  it('links an action to any step, question or quickscan item, and refuses unknown ones', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    await addAction(core, sessionId, 'Stap 2', { screenId: 'stap2-gespreksvormen' })
    await addAction(core, sessionId, 'Quickscan', { screenId: 'qs-12' })
    const screen = await callFails(core, 'action.add', {
      sessionId,
      id: randomUUID(),
      fields: { ...emptyActionFields('x'), screenId: 'stap9' }
    })
    expect(screen).toMatchObject({ code: 'validation', message: expect.stringContaining('stap9') })
    const aspect = await callFails(core, 'action.add', {
      sessionId,
      id: randomUUID(),
      fields: { ...emptyActionFields('x'), aspect: 'negatieve-attitude' }
    })
    expect(aspect.message).toContain('negatieve-attitude')
    expect(await plan(core, sessionId)).toEqual(['Stap 2', 'Quickscan'])
  })

  it('refuses an owner from another session', async () => {
    const core = makeTestCore()
    const a = await sessionWithTeam(core)
    const b = await sessionWithTeam(core)
    const error = await callFails(core, 'action.add', {
      sessionId: b.sessionId,
      id: randomUUID(),
      fields: { ...emptyActionFields('x'), ownerParticipantId: a.annaId }
    })
    expect(error).toMatchObject({ code: 'validation', message: expect.stringMatching(/deelnemer/) })
  })

  it('records the card or support option an action was made from, and checks it', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const other = await sessionWithTeam(core)
    const card = await call<Contribution>(core, 'contribution.add', {
      sessionId,
      id: randomUUID(),
      screenId: 'stap1-vraag-1',
      text: 'Koffieochtend'
    })
    const fromCard = await call<Action>(core, 'action.add', {
      sessionId,
      id: randomUUID(),
      fields: emptyActionFields('Koffieochtend'),
      origin: 'bijdrage',
      originRef: card.id
    })
    expect(fromCard).toMatchObject({ origin: 'bijdrage', originRef: card.id })
    const support = { origin: 'ondersteuning', originRef: 'steun-training' }
    await call(core, 'action.add', {
      sessionId,
      id: randomUUID(),
      fields: emptyActionFields('T'),
      ...support
    })
    const priority = { origin: 'prioriteit', originRef: 'relatie' }
    await call(core, 'action.add', {
      sessionId,
      id: randomUUID(),
      fields: emptyActionFields('P'),
      ...priority
    })

    const refused = [
      { sessionId: other.sessionId, origin: 'bijdrage', originRef: card.id },
      { sessionId, origin: 'ondersteuning', originRef: 'steun-onbekend' },
      { sessionId, origin: 'prioriteit', originRef: 'geen-cluster' }
    ]
    for (const input of refused) {
      const error = await callFails(core, 'action.add', {
        ...input,
        id: randomUUID(),
        fields: emptyActionFields('x')
      })
      expect(error.code, JSON.stringify(input)).toBe('validation')
    }
  })

  it('marks the session as changed, and answers not_found for a session that is gone', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const before = await call<{ updatedAt: string }>(core, 'session.get', { id: sessionId })
    await addAction(core, sessionId, 'Nieuw')
    const after = await call<{ updatedAt: string }>(core, 'session.get', { id: sessionId })
    expect(after.updatedAt > before.updatedAt).toBe(true)
    expect(
      await callFails(core, 'action.add', {
        sessionId: missingId,
        id: randomUUID(),
        fields: emptyActionFields('x')
      })
    ).toMatchObject({ code: 'not_found' })
    expect(await callFails(core, 'action.list', { sessionId: missingId })).toMatchObject({
      code: 'not_found'
    })
  })
})

describe('changing actions', () => {
  it('changes only the given fields', async () => {
    const core = makeTestCore()
    const { sessionId, bramId } = await sessionWithTeam(core)
    const action = await addAction(core, sessionId, 'Koffieochtend', { why: 'Kennismaken' })
    const updated = await call<Action>(core, 'action.update', {
      id: action.id,
      patch: { status: 'bezig', ownerParticipantId: bramId, followUp: '2027-02-01' }
    })
    expect(updated).toMatchObject({
      what: 'Koffieochtend',
      why: 'Kennismaken',
      status: 'bezig',
      ownerParticipantId: bramId,
      followUp: '2027-02-01'
    })
    expect(updated.updatedAt > action.updatedAt).toBe(true)
    expect((await call<Action[]>(core, 'action.list', { sessionId }))[0]).toEqual(updated)
  })

  it('refuses an unknown link or a foreign owner, and a deleted or missing action', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const other = await sessionWithTeam(core)
    const action = await addAction(core, sessionId, 'Koffieochtend')
    for (const patch of [{ screenId: 'stap9' }, { ownerParticipantId: other.annaId }]) {
      expect((await callFails(core, 'action.update', { id: action.id, patch })).code).toBe(
        'validation'
      )
    }
    await call(core, 'action.delete', { id: action.id })
    expect(
      await callFails(core, 'action.update', { id: action.id, patch: { what: 'x' } })
    ).toMatchObject({ code: 'not_found' })
    expect(
      await callFails(core, 'action.update', { id: missingId, patch: { what: 'x' } })
    ).toMatchObject({ code: 'not_found' })
  })

  it('keeps the owner’s name on the action when the participant is removed', async () => {
    const core = makeTestCore()
    const { sessionId, annaId } = await sessionWithTeam(core)
    const action = await addAction(core, sessionId, 'Koffieochtend', { ownerParticipantId: annaId })
    await call(core, 'participant.remove', { id: annaId })
    const [after] = await call<Action[]>(core, 'action.list', { sessionId })
    expect(after).toMatchObject({ id: action.id, ownerParticipantId: null, ownerText: 'Anna' })
  })
})

describe('deleting, restoring and reordering actions', () => {
  it('brings a deleted action back in its place', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    await addAction(core, sessionId, 'Een')
    const two = await addAction(core, sessionId, 'Twee')
    await addAction(core, sessionId, 'Drie')
    await call(core, 'action.delete', { id: two.id })
    expect(await plan(core, sessionId)).toEqual(['Een', 'Drie'])
    await addAction(core, sessionId, 'Vier')
    await call(core, 'action.restore', { id: two.id })
    expect(await plan(core, sessionId)).toEqual(['Een', 'Twee', 'Drie', 'Vier'])
  })

  it('treats a second delete as not_found and a second restore as harmless', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const action = await addAction(core, sessionId, 'Een')
    await call(core, 'action.delete', { id: action.id })
    expect(await callFails(core, 'action.delete', { id: action.id })).toMatchObject({
      code: 'not_found'
    })
    await call(core, 'action.restore', { id: action.id })
    expect(await call<Action>(core, 'action.restore', { id: action.id })).toMatchObject({
      id: action.id
    })
    expect(await plan(core, sessionId)).toEqual(['Een'])
  })

  it('puts the plan in the given order', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const one = await addAction(core, sessionId, 'Een')
    const two = await addAction(core, sessionId, 'Twee')
    const three = await addAction(core, sessionId, 'Drie')
    await call(core, 'action.reorder', { sessionId, ids: [three.id, one.id, two.id] })
    expect(await plan(core, sessionId)).toEqual(['Drie', 'Een', 'Twee'])
  })

  it('refuses an order that leaves out, repeats or adds an action', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const one = await addAction(core, sessionId, 'Een')
    const two = await addAction(core, sessionId, 'Twee')
    const deleted = await addAction(core, sessionId, 'Weg')
    await call(core, 'action.delete', { id: deleted.id })
    for (const ids of [
      [one.id],
      [one.id, one.id],
      [one.id, two.id, deleted.id],
      [two.id, one.id, missingId]
    ]) {
      expect((await callFails(core, 'action.reorder', { sessionId, ids })).code).toBe('validation')
    }
    expect(await plan(core, sessionId)).toEqual(['Een', 'Twee'])
  })
})
