import { describe, expect, it } from 'vitest'
import type { Session, SessionSummary } from '../../../src/shared/domain/session'
import { makeTestCore, sampleDetails } from '../../helpers/test-core'

async function call<T>(core: ReturnType<typeof makeTestCore>, method: string, input: unknown) {
  const result = await core.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.data as T
}

describe('sessions', () => {
  it('lists sessions newest first: by date, then by creation', async () => {
    const core = makeTestCore()
    await call(core, 'session.create', { ...sampleDetails, title: 'Oud', date: '2026-01-10' })
    await call(core, 'session.create', { ...sampleDetails, title: 'Nieuw A', date: '2026-11-01' })
    await call(core, 'session.create', { ...sampleDetails, title: 'Nieuw B', date: '2026-11-01' })
    const list = await call<SessionSummary[]>(core, 'session.list', {})
    expect(list.map((s) => s.title)).toEqual(['Nieuw B', 'Nieuw A', 'Oud'])
  })

  it('renames a session and records when it changed, keeping the other details', async () => {
    const core = makeTestCore()
    const created = await call<Session>(core, 'session.create', sampleDetails)
    const renamed = await call<Session>(core, 'session.update', {
      id: created.id,
      patch: { title: 'Tweede bijeenkomst' }
    })
    expect(renamed).toMatchObject({ title: 'Tweede bijeenkomst', school: sampleDetails.school })
    expect(renamed.updatedAt > created.updatedAt).toBe(true)
    expect(renamed.createdAt).toBe(created.createdAt)
  })

  it('trims titles and refuses an empty one without changing the stored title', async () => {
    const core = makeTestCore()
    const created = await call<Session>(core, 'session.create', {
      ...sampleDetails,
      title: '  X  '
    })
    expect(created.title).toBe('X')
    const result = await core.dispatch('session.update', { id: created.id, patch: { title: ' ' } })
    expect(result.ok).toBe(false)
    expect((await call<Session>(core, 'session.get', { id: created.id })).title).toBe('X')
  })

  it('deletes a session with its participants', async () => {
    const core = makeTestCore()
    const created = await call<Session>(core, 'session.create', sampleDetails)
    await call(core, 'participant.add', { sessionId: created.id, name: 'Anna', role: 'mentor' })
    await call(core, 'session.delete', { id: created.id })
    expect(await call<SessionSummary[]>(core, 'session.list', {})).toEqual([])
    expect(core.db.prepare('SELECT COUNT(*) FROM participants').pluck().get()).toBe(0)
    const again = await core.dispatch('session.delete', { id: created.id })
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

describe('participants', () => {
  it('adds participants in order with their roles and counts them in the list', async () => {
    const core = makeTestCore()
    const session = await call<Session>(core, 'session.create', sampleDetails)
    await call(core, 'participant.add', { sessionId: session.id, name: 'Anna', role: 'directeur' })
    await call(core, 'participant.add', { sessionId: session.id, name: 'Bram' })
    const loaded = await call<Session>(core, 'session.get', { id: session.id })
    expect(loaded.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Anna', 'directeur', 0],
      ['Bram', '', 1]
    ])
    const [summary] = await call<SessionSummary[]>(core, 'session.list', {})
    expect(summary!.participantCount).toBe(2)
  })

  it('updates and removes a participant', async () => {
    const core = makeTestCore()
    const session = await call<Session>(core, 'session.create', sampleDetails)
    const anna = await call<{ id: string }>(core, 'participant.add', {
      sessionId: session.id,
      name: 'Anna'
    })
    await call(core, 'participant.update', { id: anna.id, patch: { role: 'mentor' } })
    let loaded = await call<Session>(core, 'session.get', { id: session.id })
    expect(loaded.participants[0]).toMatchObject({ name: 'Anna', role: 'mentor' })
    await call(core, 'participant.remove', { id: anna.id })
    loaded = await call<Session>(core, 'session.get', { id: session.id })
    expect(loaded.participants).toEqual([])
  })

  it('refuses a participant for a session that does not exist', async () => {
    const core = makeTestCore()
    const result = await core.dispatch('participant.add', {
      sessionId: '00000000-0000-4000-8000-000000000000',
      name: 'Anna'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})
