import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createChangeNotifier } from '../../../src/main/services/change-notifier'
import { call, makeTestCore, sessionWithTeam, type TestCore } from '../../helpers/test-core'

async function versionOf(core: TestCore, sessionId: string): Promise<number> {
  const input = { sessionId, version: 0, timeoutMs: 0 }
  return (await call<{ version: number }>(core, 'session.waitForChange', input)).version
}

describe('the change notifier', () => {
  it('wakes a waiter on a change, and wakes everyone when closed', async () => {
    const changes = createChangeNotifier()
    const start = changes.version('s1')
    const woken = changes.waitForChange('s1', start, 10_000)
    changes.changed('s2')
    changes.changed('s1')
    expect(await woken).toBe(start + 1)
    const held = changes.waitForChange('s1', start + 1, 10_000)
    changes.close()
    expect(await held).toBe(start + 1)
  })

  it('answers at once for a version from another run (higher or lower)', async () => {
    const changes = createChangeNotifier()
    const now = changes.version('s1')
    expect(await changes.waitForChange('s1', now + 500, 10_000)).toBe(now)
    expect(await changes.waitForChange('s1', 3, 10_000)).toBe(now)
  })
})

describe('every change to a session moves its version', () => {
  it('counts the facilitator’s writes of every kind, and not reads', async () => {
    const core = makeTestCore()
    const { sessionId, annaId } = await sessionWithTeam(core)
    const card = { sessionId, id: randomUUID(), screenId: 'stap1-vraag-1', text: 'Kaartje' }
    const writes: [string, unknown][] = [
      ['contribution.add', card],
      ['contribution.update', { id: card.id, patch: { hidden: true } }],
      ['contribution.delete', { id: card.id }],
      ['participant.update', { id: annaId, patch: { name: 'Anna B.' } }],
      ['session.setPosition', { sessionId, screenId: 'stap2' }],
      ['session.update', { id: sessionId, patch: { title: 'Nieuwe titel' } }],
      ['note.set', { sessionId, screenId: 'stap2', text: 'Notitie' }],
      ['quickscan.setRevealed', { sessionId, revealed: true }]
    ]
    for (const [method, input] of writes) {
      const before = await versionOf(core, sessionId)
      await call(core, method, input)
      expect(await versionOf(core, sessionId), method).toBeGreaterThan(before)
    }
    const before = await versionOf(core, sessionId)
    await call(core, 'workspace.get', { sessionId })
    await call(core, 'session.get', { id: sessionId })
    expect(await versionOf(core, sessionId)).toBe(before)
  })
})
