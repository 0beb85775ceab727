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

async function board(core: TestCore, sessionId: string) {
  const workspace = await call<Workspace>(core, 'workspace.get', { sessionId })
  return workspace.contributions.map((c) => c.text)
}

describe('merging cards', () => {
  it('puts the source’s text under the target’s and deletes the source, restorably', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const target = await addCard(core, sessionId, 'Koffieochtend')
    await addCard(core, sessionId, 'Tussendoor')
    const source = await addCard(core, sessionId, 'Ook met een tolk')
    const merged = await call<Contribution>(core, 'contribution.merge', {
      targetId: target.id,
      sourceId: source.id
    })
    expect(merged).toMatchObject({ id: target.id, position: 0 })
    expect(merged.text).toBe('Koffieochtend\nOok met een tolk')
    expect(await board(core, sessionId)).toEqual(['Koffieochtend\nOok met een tolk', 'Tussendoor'])
    await call(core, 'contribution.restore', { id: source.id })
    expect(await board(core, sessionId)).toContain('Ook met een tolk')
  })

  it('answers a retried merge with the merged card, merging only once', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const target = await addCard(core, sessionId, 'A')
    const source = await addCard(core, sessionId, 'B')
    const input = { targetId: target.id, sourceId: source.id }
    const first = await call<Contribution>(core, 'contribution.merge', input)
    const retry = await call<Contribution>(core, 'contribution.merge', input)
    expect(retry).toEqual(first)
    expect(await board(core, sessionId)).toEqual(['A\nB'])
  })

  it('refuses a card merged with itself, across screens or sessions, and missing cards', async () => {
    const core = makeTestCore()
    const a = await sessionWithTeam(core)
    const b = await sessionWithTeam(core)
    const card = await addCard(core, a.sessionId, 'Hier')
    const elsewhere = await addCard(core, a.sessionId, 'Daar', { screenId: 'stap1-vraag-2' })
    const foreign = await addCard(core, b.sessionId, 'Andere sessie')
    const merge = (targetId: string, sourceId: string) =>
      callFails(core, 'contribution.merge', { targetId, sourceId })
    expect((await merge(card.id, card.id)).code).toBe('validation')
    expect((await merge(card.id, elsewhere.id)).code).toBe('validation')
    expect((await merge(card.id, foreign.id)).code).toBe('validation')
    expect((await merge(card.id, missingId)).code).toBe('not_found')
    expect(await board(core, a.sessionId)).toEqual(['Hier', 'Daar'])
  })
})

describe('hiding and approving cards', () => {
  it('hides a card without deleting it, and shows it again', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const card = await addCard(core, sessionId, 'Niet voor de projector')
    const hidden = await call<Contribution>(core, 'contribution.update', {
      id: card.id,
      patch: { hidden: true }
    })
    expect(hidden).toMatchObject({ hidden: true, text: 'Niet voor de projector' })
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId })
    expect(workspace.contributions).toEqual([expect.objectContaining({ hidden: true })])
    const shown = await call<Contribution>(core, 'contribution.update', {
      id: card.id,
      patch: { hidden: false }
    })
    expect(shown.hidden).toBe(false)
  })

  it('only approves through the patch: held cannot be set to true', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const card = await addCard(core, sessionId, 'Kaartje')
    expect(card).toMatchObject({ origin: 'gespreksleider', held: false, deviceId: null })
    const error = await callFails(core, 'contribution.update', {
      id: card.id,
      patch: { held: true }
    })
    expect(error.code).toBe('validation')
    const approved = await call<Contribution>(core, 'contribution.update', {
      id: card.id,
      patch: { held: false, text: 'Kaartje, herschreven' }
    })
    expect(approved).toMatchObject({ held: false, text: 'Kaartje, herschreven' })
  })
})
