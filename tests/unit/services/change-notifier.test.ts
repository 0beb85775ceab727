import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createChangeNotifier } from '../../../src/main/services/change-notifier'
import type { SessionChanges } from '../../../src/shared/domain/session-changes'
import { call, makeTestCore, sessionWithTeam, type TestCore } from '../../helpers/test-core'

interface Answer {
  version: number
  changes: SessionChanges
}

const versionOf = async (core: TestCore, sessionId: string): Promise<number> =>
  (await call<Answer>(core, 'session.waitForChange', { sessionId, version: 0, timeoutMs: 0 }))
    .version

const changesSince = (core: TestCore, sessionId: string, version: number) =>
  call<Answer>(core, 'session.waitForChange', { sessionId, version, timeoutMs: 0 })

const addCard = (core: TestCore, sessionId: string, text: string) =>
  call<{ id: string }>(core, 'contribution.add', {
    sessionId,
    id: randomUUID(),
    screenId: 'stap1-vraag-1',
    text
  })

describe('the change notifier', () => {
  it('makes one version of one turn, wakes its waiters after the turn, and on close', async () => {
    const changes = createChangeNotifier()
    const start = changes.version('s1')
    const woken = changes.waitForChange('s1', start, 10_000)
    changes.changed('s2', 'workspace')
    changes.changed('s1')
    changes.cardsChanged(['c1'])
    changes.changed('s1')
    changes.cardsChanged(['c2'])
    expect(changes.version('s1')).toBe(start + 1)
    expect(await woken).toEqual({
      version: start + 1,
      reload: false,
      cardIds: ['c1', 'c2'],
      parts: ['workspace']
    })
    const held = changes.waitForChange('s1', start + 1, 10_000)
    changes.close()
    expect(await held).toMatchObject({ version: start + 1, cardIds: [], reload: false })
  })

  it('adds up what changed over several versions, and says reload for what it cannot name', async () => {
    const changes = createChangeNotifier()
    const start = changes.version('s1')
    changes.changed('s1')
    changes.cardsChanged(['a'])
    await Promise.resolve()
    changes.changed('s1', 'quickscan')
    changes.cardsChanged(['b', 'a'])
    await Promise.resolve()
    expect(changes.since('s1', start)).toEqual({
      version: start + 2,
      reload: false,
      cardIds: ['b', 'a'],
      parts: ['quickscan']
    })
    expect(changes.since('s1', start + 1).cardIds).toEqual(['b', 'a'])
    changes.changed('s1')
    await Promise.resolve()
    // A change that said nothing about itself: the screen reloads, never misses it.
    expect(changes.since('s1', start + 2).reload).toBe(true)
  })

  it('answers reload at once for a version from another run (higher or lower)', async () => {
    const stored = new Map([['s1', 40]])
    const changes = createChangeNotifier({
      read: (id) => stored.get(id) ?? 1,
      write: (id, version) => stored.set(id, version)
    })
    expect(await changes.waitForChange('s1', 500, 10_000)).toMatchObject({
      version: 40,
      reload: true
    })
    expect(await changes.waitForChange('s1', 3, 10_000)).toMatchObject({
      version: 40,
      reload: true
    })
    changes.changed('s1', 'joining')
    expect(stored.get('s1')).toBe(41)
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

describe('session.waitForChange answers with what changed', () => {
  it('gives cards as stored, deleted ones by id, and the answers when one of them changed', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const start = await versionOf(core, sessionId)
    const first = await addCard(core, sessionId, 'Eerste')
    const second = await addCard(core, sessionId, 'Tweede')
    await call(core, 'contribution.update', { id: first.id, patch: { text: 'Eerste, beter' } })
    await call(core, 'contribution.delete', { id: second.id })
    const { changes, version } = await changesSince(core, sessionId, start)
    expect(version).toBe(start + 4)
    if (changes.kind !== 'delta') throw new Error(`expected a delta, got ${changes.kind}`)
    expect(changes.cards.map((c) => [c.id, c.text])).toEqual([[first.id, 'Eerste, beter']])
    expect(changes.removedCards).toEqual([second.id])
    expect(changes.answers).toBeUndefined()

    await call(core, 'note.set', { sessionId, screenId: 'stap2', text: 'Notitie' })
    const note = (await changesSince(core, sessionId, version)).changes
    expect(note).toMatchObject({ kind: 'delta', cards: [], parts: ['workspace'] })
    expect(note.kind === 'delta' && note.answers?.notes).toEqual([
      { screenId: 'stap2', text: 'Notitie' }
    ])
  })

  it('names merges, votes and themes, so no screen reloads the whole session for them', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const first = await addCard(core, sessionId, 'Eerste')
    const second = await addCard(core, sessionId, 'Tweede')
    let version = await versionOf(core, sessionId)
    const next = async () => {
      const answer = await changesSince(core, sessionId, version)
      version = answer.version
      if (answer.changes.kind !== 'delta')
        throw new Error(`expected a delta: ${answer.changes.kind}`)
      return answer.changes
    }
    await call(core, 'contribution.merge', { targetId: first.id, sourceId: second.id })
    const merged = await next()
    expect(merged.cards.map((c) => c.text)).toEqual(['Eerste\nTweede'])
    expect(merged.removedCards).toEqual([second.id])

    const themeId = randomUUID()
    const theme = { sessionId, id: themeId, screenId: 'stap1-vraag-1', title: 'Contact' }
    await call(core, 'theme.create', theme)
    expect((await next()).parts).toContain('themes')
    await call(core, 'theme.assign', { contributionId: first.id, themeId })
    expect((await next()).parts).toContain('themes')
    const third = await addCard(core, sessionId, 'Derde')
    await next()
    await call(core, 'vote.start', {
      sessionId,
      id: randomUUID(),
      title: 'Kies',
      dotsPerPerson: 2,
      options: [
        { kind: 'card', refId: first.id },
        { kind: 'card', refId: third.id }
      ]
    })
    const vote = await next()
    expect(vote.parts).toContain('votes')
    expect(vote.parts).not.toContain('other')
  })

  it('says reload for version 0, and nothing when it timed out', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const zero = await call<Answer>(core, 'session.waitForChange', {
      sessionId,
      version: 0,
      timeoutMs: 0
    })
    expect(zero.changes).toEqual({ kind: 'reload' })
    const same = await call<Answer>(core, 'session.waitForChange', {
      sessionId,
      version: zero.version,
      timeoutMs: 20
    })
    expect(same).toEqual({ version: zero.version, changes: { kind: 'none' } })
  })

  it('sends a delta whose size does not grow with the session', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const deltaBytes = async () => {
      const version = await versionOf(core, sessionId)
      await addCard(core, sessionId, 'Een nieuw kaartje van vaste lengte')
      return JSON.stringify(await changesSince(core, sessionId, version)).length
    }
    const small = await deltaBytes()
    for (let i = 0; i < 500; i++) await addCard(core, sessionId, `Kaart ${i}`)
    const big = await deltaBytes()
    // Only the digits of the new card's position and of the version differ.
    expect(Math.abs(big - small)).toBeLessThanOrEqual(6)
  })
})
