import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { call, callFails, makeTestCore, rowCounts, sampleDetails } from '../../helpers/test-core'

describe('creating is idempotent per intent', () => {
  it('makes one session for two identical session.create calls with one id', async () => {
    const core = makeTestCore()
    const id = randomUUID()
    const [first, second] = await Promise.all([
      call<{ id: string }>(core, 'session.create', { ...sampleDetails, id }),
      call<{ id: string }>(core, 'session.create', { ...sampleDetails, id })
    ])
    expect(first.id).toBe(id)
    expect(second.id).toBe(id)
    expect(await call<unknown[]>(core, 'session.list', {})).toHaveLength(1)
  })

  it('makes one example session for a double click on "Voorbeeldsessie maken"', async () => {
    const core = makeTestCore()
    const id = randomUUID()
    await call(core, 'session.createDemo', { id })
    const counts = rowCounts(core.db)
    const again = await call<{ id: string }>(core, 'session.createDemo', { id })
    expect(again.id).toBe(id)
    expect(rowCounts(core.db)).toEqual(counts)
    // A new intent is a new example.
    await call(core, 'session.createDemo', { id: randomUUID() })
    expect(await call<unknown[]>(core, 'session.list', {})).toHaveLength(2)
  })

  it('adds a participant once per intent, and refuses an id from another session unchanged', async () => {
    const core = makeTestCore()
    const session = await call<{ id: string }>(core, 'session.create', sampleDetails)
    const other = await call<{ id: string }>(core, 'session.create', sampleDetails)
    const id = randomUUID()
    const add = { sessionId: session.id, id, name: 'Anna', role: 'mentor' }
    await call(core, 'participant.add', add)
    await call(core, 'participant.add', add)
    const stored = await call<{ participants: unknown[] }>(core, 'session.get', { id: session.id })
    expect(stored.participants).toHaveLength(1)

    const before = rowCounts(core.db)
    const refused = await callFails(core, 'participant.add', { ...add, sessionId: other.id })
    expect(refused.code).toBe('validation')
    expect(refused.message).toMatch(/hoort niet bij deze sessie/)
    expect(rowCounts(core.db)).toEqual(before)
  })
})
