import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Contribution, Workspace } from '../../../src/shared/domain/workspace'
import {
  addCard,
  call,
  callFails,
  makeTestCore,
  missingId,
  sessionWithTeam,
  type TestCore
} from '../../helpers/test-core'

async function cardTexts(core: TestCore, sessionId: string, screenId = 'stap1-vraag-1') {
  const workspace = await call<Workspace>(core, 'workspace.get', { sessionId })
  return workspace.contributions.filter((c) => c.screenId === screenId).map((c) => c.text)
}

describe('adding cards', () => {
  it('puts each new card at the end of its screen, with its tag and participant', async () => {
    const core = makeTestCore()
    const { sessionId, annaId } = await sessionWithTeam(core)
    const first = await addCard(core, sessionId, 'Koffieochtend', { tag: 'gaat-goed' })
    const second = await addCard(core, sessionId, 'Tolk', { tag: 'idee', participantId: annaId })
    expect(first).toMatchObject({ position: 0, tag: 'gaat-goed', participantId: null })
    expect(second).toMatchObject({ position: 1, participantId: annaId, carryToPlan: false })
    expect(await cardTexts(core, sessionId)).toEqual(['Koffieochtend', 'Tolk'])
  })

  it('adds a retried card only once and answers the retry with the stored card', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const input = { sessionId, id: randomUUID(), screenId: 'stap1-vraag-1', text: 'Eén keer' }
    const first = await call<Contribution>(core, 'contribution.add', input)
    const retry = await call<Contribution>(core, 'contribution.add', { ...input, text: 'Anders' })
    expect(retry).toEqual(first)
    expect(await cardTexts(core, sessionId)).toEqual(['Eén keer'])
  })

  it('refuses a card id that already belongs to another session', async () => {
    const core = makeTestCore()
    const a = await sessionWithTeam(core)
    const b = await sessionWithTeam(core)
    const card = await addCard(core, a.sessionId, 'Van sessie A')
    const error = await callFails(core, 'contribution.add', {
      sessionId: b.sessionId,
      id: card.id,
      screenId: 'stap1-vraag-1',
      text: 'Kaping'
    })
    expect(error.code).toBe('validation')
    expect(await cardTexts(core, b.sessionId)).toEqual([])
  })

  it('answers not_found for a session that is gone, with or without a participant', async () => {
    const core = makeTestCore()
    const { sessionId, annaId } = await sessionWithTeam(core)
    const card = { sessionId: missingId, id: randomUUID(), screenId: 'stap1-vraag-1', text: 'Weg' }
    expect((await callFails(core, 'contribution.add', card)).code).toBe('not_found')
    const attributed = { ...card, participantId: annaId }
    expect((await callFails(core, 'contribution.add', attributed)).code).toBe('not_found')
    expect(await cardTexts(core, sessionId)).toEqual([])
  })

  it('marks the session as changed', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const before = await call<{ updatedAt: string }>(core, 'session.get', { id: sessionId })
    await addCard(core, sessionId, 'Nieuw')
    const after = await call<{ updatedAt: string }>(core, 'session.get', { id: sessionId })
    expect(after.updatedAt > before.updatedAt).toBe(true)
  })

  it('refuses a screen that does not exist, naming it', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const error = await callFails(core, 'contribution.add', {
      sessionId,
      id: randomUUID(),
      screenId: 'stap9',
      text: 'x'
    })
    expect(error).toEqual({ code: 'validation', message: 'Onbekend scherm: "stap9"' })
  })

  it('refuses a card on a screen without cards', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const error = await callFails(core, 'contribution.add', {
      sessionId,
      id: randomUUID(),
      screenId: 'stap2',
      text: 'x'
    })
    expect(error.code).toBe('validation')
    expect(error.message).toContain('stap2')
  })

  it("refuses to attribute a card to another session's participant", async () => {
    const core = makeTestCore()
    const a = await sessionWithTeam(core)
    const b = await sessionWithTeam(core)
    const error = await callFails(core, 'contribution.add', {
      sessionId: a.sessionId,
      id: randomUUID(),
      screenId: 'stap1-vraag-1',
      text: 'x',
      participantId: b.annaId
    })
    expect(error).toMatchObject({ code: 'validation', message: expect.stringMatching(/deelnemer/) })
    expect(await cardTexts(core, a.sessionId)).toEqual([])
  })
})

describe('changing cards', () => {
  it('changes only the given fields and marks a card for the action plan', async () => {
    const core = makeTestCore()
    const { sessionId, bramId } = await sessionWithTeam(core)
    const card = await addCard(core, sessionId, 'Eerst', { tag: 'idee' })
    const updated = await call<Contribution>(core, 'contribution.update', {
      id: card.id,
      patch: { text: 'Daarna', carryToPlan: true, participantId: bramId }
    })
    expect(updated).toMatchObject({ text: 'Daarna', tag: 'idee', carryToPlan: true })
    expect(updated.participantId).toBe(bramId)
    expect(updated.updatedAt > card.updatedAt).toBe(true)
  })

  it("refuses to attribute a card to another session's participant on update", async () => {
    const core = makeTestCore()
    const a = await sessionWithTeam(core)
    const b = await sessionWithTeam(core)
    const card = await addCard(core, a.sessionId, 'Kaartje')
    const error = await callFails(core, 'contribution.update', {
      id: card.id,
      patch: { participantId: b.annaId }
    })
    expect(error.code).toBe('validation')
  })

  it('answers not_found for a card that does not exist or is deleted', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const card = await addCard(core, sessionId, 'Weg')
    await call(core, 'contribution.delete', { id: card.id })
    for (const id of [missingId, card.id]) {
      const error = await callFails(core, 'contribution.update', { id, patch: { text: 'x' } })
      expect(error.code).toBe('not_found')
    }
  })
})

describe('deleting and restoring cards', () => {
  it('hides a deleted card and restores it to its old place', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    await addCard(core, sessionId, 'A')
    const b = await addCard(core, sessionId, 'B')
    await addCard(core, sessionId, 'C')
    const deleted = await call<Contribution>(core, 'contribution.delete', { id: b.id })
    expect(deleted).toMatchObject({ id: b.id, text: 'B' })
    expect(await cardTexts(core, sessionId)).toEqual(['A', 'C'])
    await addCard(core, sessionId, 'D')
    const restored = await call<Contribution>(core, 'contribution.restore', { id: b.id })
    expect(restored.position).toBe(1)
    expect(await cardTexts(core, sessionId)).toEqual(['A', 'B', 'C', 'D'])
  })

  it('answers not_found when deleting a card twice or one that never existed', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const card = await addCard(core, sessionId, 'Eén keer weg')
    await call(core, 'contribution.delete', { id: card.id })
    expect((await callFails(core, 'contribution.delete', { id: card.id })).code).toBe('not_found')
    expect((await callFails(core, 'contribution.restore', { id: missingId })).code).toBe(
      'not_found'
    )
  })
})

describe('reordering cards', () => {
  it('stores the new order of a screen', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const [a, b, c] = [
      await addCard(core, sessionId, 'A'),
      await addCard(core, sessionId, 'B'),
      await addCard(core, sessionId, 'C')
    ]
    const ids = [c!.id, a!.id, b!.id]
    const result = await call(core, 'contribution.reorder', {
      sessionId,
      screenId: 'stap1-vraag-1',
      ids
    })
    expect(result).toEqual({ ids })
    expect(await cardTexts(core, sessionId)).toEqual(['C', 'A', 'B'])
  })

  it('refuses an order that leaves out, repeats or adds a card, keeping the old order', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const a = await addCard(core, sessionId, 'A')
    const b = await addCard(core, sessionId, 'B')
    const deleted = await addCard(core, sessionId, 'Weg')
    await call(core, 'contribution.delete', { id: deleted.id })
    for (const ids of [[b.id], [b.id, b.id], [b.id, a.id, deleted.id], [b.id, missingId]]) {
      const error = await callFails(core, 'contribution.reorder', {
        sessionId,
        screenId: 'stap1-vraag-1',
        ids
      })
      expect(error.code).toBe('validation')
    }
    expect(await cardTexts(core, sessionId)).toEqual(['A', 'B'])
  })
})

describe('cards and the rest of the session', () => {
  it('keeps a card without attribution when its participant is removed', async () => {
    const core = makeTestCore()
    const { sessionId, annaId } = await sessionWithTeam(core)
    const card = await addCard(core, sessionId, 'Van Anna', { participantId: annaId })
    await call(core, 'participant.remove', { id: annaId, evenIfCredited: true })
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId })
    expect(workspace.contributions).toEqual([{ ...card, participantId: null }])
  })

  it('lists cards in the order of the session flow, then by position', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    await addCard(core, sessionId, 'Vraag 10', { screenId: 'stap1-vraag-10' })
    await addCard(core, sessionId, 'Afronding', { screenId: 'afronding' })
    await addCard(core, sessionId, 'Vraag 2', { screenId: 'stap1-vraag-2' })
    await addCard(core, sessionId, 'Praktijk', { screenId: 'praktijkvragen' })
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId })
    expect(workspace.contributions.map((c) => c.text)).toEqual([
      'Praktijk',
      'Vraag 2',
      'Vraag 10',
      'Afronding'
    ])
  })

  it('takes cards on a quickscan item the team discusses, after the flow’s cards', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    await addCard(core, sessionId, 'Item 12', { screenId: 'qs-12' })
    const first = await addCard(core, sessionId, 'Item 3', { screenId: 'qs-03' })
    const second = await addCard(core, sessionId, 'Item 3 ook', { screenId: 'qs-03' })
    await addCard(core, sessionId, 'Afronding', { screenId: 'afronding' })
    expect(second.position).toBeGreaterThan(first.position)
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId })
    expect(workspace.contributions.map((c) => c.text)).toEqual([
      'Afronding',
      'Item 3',
      'Item 3 ook',
      'Item 12'
    ])
    const error = await callFails(core, 'contribution.add', {
      sessionId,
      id: randomUUID(),
      screenId: 'qs-99',
      text: 'x'
    })
    expect(error).toMatchObject({ code: 'validation', message: expect.stringContaining('qs-99') })
  })
})
