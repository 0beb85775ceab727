import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/open-database'
import {
  addFromDevices,
  createContributionService
} from '../../../src/main/services/contribution-service'
import { createServiceContext } from '../../../src/main/services'
import { makeTempDir } from '../../helpers/temp-dir'
import { testContent } from '../../helpers/test-core'

/** The services' context over the database file, as the app opens it after every start. */
function start(file: string) {
  const db = openDatabase(file)
  const { ctx, changes } = createServiceContext({ db, content: testContent(), appVersion: 'test' })
  const add = createContributionService(ctx)['contribution.add']
  return { db, changes, ctx, add }
}

const endOfTurn = () => new Promise((resolve) => setImmediate(resolve))

const card = (sessionId: string, text: string) => ({
  sessionId,
  id: randomUUID(),
  screenId: 'stap1-vraag-1',
  text,
  tag: null,
  participantId: null
})

const fromPhone = (sessionId: string, text: string, deviceId = randomUUID()) => ({
  sessionId,
  screenId: 'stap1-vraag-1',
  text,
  device: { id: deviceId, name: 'Anna' },
  held: false
})

/** A session with one joined phone. */
function session(app: ReturnType<typeof start>) {
  const sessionId = randomUUID()
  const deviceId = randomUUID()
  const now = new Date().toISOString()
  const details = { title: 'Teamvergadering', teamId: null, date: '2026-12-01', facilitator: '' }
  app.ctx.repos.sessions.insert(sessionId, details, now)
  app.ctx.repos.devices.insert({ id: deviceId, sessionId, name: 'Anna' }, now)
  return { sessionId, deviceId }
}

const storedVersion = (app: ReturnType<typeof start>, sessionId: string) =>
  app.db.prepare('SELECT change_version FROM sessions WHERE id = ?').pluck().get(sessionId)

describe('versions of stored cards', () => {
  it('gives a card and a batch of phones’ cards one version each, kept across a restart', async () => {
    const dir = makeTempDir()
    try {
      const file = join(dir.path, 'samenspel.db')
      const first = start(file)
      const { sessionId, deviceId } = session(first)
      await endOfTurn()
      const start0 = first.changes.version(sessionId)

      await first.add(card(sessionId, 'Van de gespreksleider'))
      await endOfTurn()
      expect(first.changes.version(sessionId)).toBe(start0 + 1)
      const outcomes = addFromDevices(first.ctx, [
        fromPhone(sessionId, 'Een', deviceId),
        fromPhone(sessionId, 'Twee', deviceId),
        fromPhone(sessionId, 'Drie', deviceId)
      ])
      expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, true])
      await endOfTurn()
      const version = first.changes.version(sessionId)
      expect(version).toBe(start0 + 2)
      expect(first.changes.since(sessionId, start0 + 1).cardIds).toHaveLength(3)
      expect(storedVersion(first, sessionId)).toBe(version)
      first.db.close()

      const second = start(file)
      expect(second.changes.since(sessionId, version)).toMatchObject({
        version,
        reload: false,
        cardIds: []
      })
      await second.add(card(sessionId, 'Na de herstart'))
      await endOfTurn()
      expect(second.changes.version(sessionId)).toBe(version + 1)
      const positions = second.ctx.repos.contributions
        .listForSession(sessionId)
        .map((stored) => stored.position)
      expect(positions).toEqual([0, 1, 2, 3, 4])
      second.db.close()
    } finally {
      dir.remove()
    }
  })

  it('refuses a phone’s card for a session that is gone, and stores the others of its batch', () => {
    const dir = makeTempDir()
    try {
      const app = start(join(dir.path, 'samenspel.db'))
      const { sessionId, deviceId } = session(app)
      const [gone, kept] = addFromDevices(app.ctx, [
        fromPhone(randomUUID(), 'Verdwaald'),
        fromPhone(sessionId, 'Aangekomen', deviceId)
      ])
      expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } })
      expect(kept).toMatchObject({ ok: true, card: { text: 'Aangekomen', position: 0 } })
      app.db.close()
    } finally {
      dir.remove()
    }
  })
})
