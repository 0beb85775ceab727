import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, readSchemaVersion } from '../../../src/main/db/migrate'
import { migrations } from '../../../src/main/db/migrations'
import { createContributionRepository } from '../../../src/main/db/contribution-repository'

/**
 * Three sessions' cards as an earlier Samenspel (version 12) left them, migrated to `target`:
 * 13 to see what migration 13 itself sets, the latest to store cards the way the app does.
 */
function databaseAtVersion13(target = 13) {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations, 12)
  db.exec(`
    INSERT INTO sessions (id, title, date, created_at, updated_at) VALUES
      ('s1', 'Met kaarten', '2026-11-22', 't0', 't1'),
      ('s2', 'Gelijke plaatsen', '2026-11-22', 't0', 't1'),
      ('s3', 'Leeg', '2026-11-22', 't0', 't1');
    INSERT INTO contributions (id, session_id, screen_id, text, position, deleted_at, created_at,
        updated_at) VALUES
      ('a', 's1', 'stap1-vraag-1', 'Eerste', 0, NULL, 't', 't'),
      ('b', 's1', 'stap1-vraag-1', 'Tweede', 7, NULL, 't', 't'),
      ('c', 's1', 'stap1-vraag-2', 'Weg', 9, 't', 't', 't'),
      ('d', 's2', 'stap1-vraag-1', 'Een', 0, NULL, 't', 't'),
      ('e', 's2', 'stap1-vraag-1', 'Twee', 0, NULL, 't', 't'),
      ('f', 's2', 'stap1-vraag-1', 'Drie', 0, NULL, 't', 't');
  `)
  migrate(db, migrations, target)
  return db
}

const latest = Math.max(...migrations.map((migration) => migration.version))

const nextPosition = (db: Database.Database, id: string) =>
  db.prepare('SELECT next_card_position FROM sessions WHERE id = ?').pluck().get(id)

const newCard = (id: string, sessionId: string) => ({
  id,
  sessionId,
  screenId: 'stap1-vraag-1',
  text: id,
  tag: null,
  participantId: null,
  carryToPlan: false
})

describe('migration 0013-card-positions', () => {
  it('starts every session above its highest position, deleted cards included', () => {
    const db = databaseAtVersion13()
    expect(readSchemaVersion(db)).toBe(13)
    expect(nextPosition(db, 's1')).toBe(10)
    expect(nextPosition(db, 's3')).toBe(0)
  })

  it('starts at least at the number of cards, so a reorder cannot reach it', () => {
    const db = databaseAtVersion13(latest)
    expect(nextPosition(db, 's2')).toBe(3)
    const cards = createContributionRepository(db)
    // A reorder numbers the screen 0, 1, 2; the next card still lands after all three.
    cards.setPositions(['f', 'e', 'd'])
    const added = cards.insert(newCard('g', 's2'), 't2')
    expect(added?.position).toBe(3)
    expect(cards.listForSession('s2').map((card) => card.id)).toEqual(['f', 'e', 'd', 'g'])
  })
})

describe('card positions after migrations 0013 and 0014', () => {
  it('places an imported card’s successor above it, and a card added after it last', () => {
    const db = databaseAtVersion13(latest)
    const cards = createContributionRepository(db)
    const imported = { ...newCard('h', 's3'), position: 41, createdAt: 't', updatedAt: 't' }
    cards.insertExactly({
      ...imported,
      origin: 'gespreksleider',
      deviceId: null,
      deviceName: null,
      held: false,
      hidden: false,
      mergedFrom: []
    })
    expect(nextPosition(db, 's3')).toBe(42)
    expect(cards.insert(newCard('i', 's3'), 't2')?.position).toBe(42)
    expect(cards.listForSession('s3').map((card) => card.id)).toEqual(['h', 'i'])
  })

  it('hands out one position per card, also to cards on other screens', () => {
    const db = databaseAtVersion13(latest)
    const cards = createContributionRepository(db)
    const first = cards.insert(newCard('j', 's1'), 't2')
    const other = cards.insert({ ...newCard('k', 's1'), screenId: 'stap1-vraag-2' }, 't2')
    const third = cards.insert(newCard('l', 's1'), 't2')
    expect([first?.position, other?.position, third?.position]).toEqual([10, 11, 12])
  })
})

describe('migration 0014-card-marks-session', () => {
  const session = (db: Database.Database, id: string) =>
    db
      .prepare<[string], { updated: string; version: number; next: number }>(
        `SELECT updated_at AS updated, change_version AS version, next_card_position AS next
         FROM sessions WHERE id = ?`
      )
      .get(id)

  it('marks the session with every stored card: its last change, version and next position', () => {
    const db = databaseAtVersion13(latest)
    const before = session(db, 's1')
    const cards = createContributionRepository(db)
    expect(cards.insert(newCard('m', 's1'), 't9')?.position).toBe(10)
    expect(session(db, 's1')).toEqual({
      updated: 't9',
      version: (before?.version ?? 0) + 1,
      next: 11
    })
    // An earlier time does not move the session's last change back (an imported card's).
    cards.insert(newCard('n', 's1'), 't2')
    expect(session(db, 's1')).toEqual({
      updated: 't9',
      version: (before?.version ?? 0) + 2,
      next: 12
    })
  })

  it('marks nothing for a card id that exists already', () => {
    const db = databaseAtVersion13(latest)
    const cards = createContributionRepository(db)
    cards.insert(newCard('m', 's1'), 't9')
    const marked = session(db, 's1')
    expect(cards.insert({ ...newCard('m', 's1'), text: 'Nog eens' }, 't10')).toBeUndefined()
    expect(session(db, 's1')).toEqual(marked)
  })

  it('marks the session for a card another program inserts, and the app places its next after it', () => {
    const db = databaseAtVersion13(latest)
    const cards = createContributionRepository(db)
    expect(cards.insert(newCard('m', 's1'), 't9')?.position).toBe(10)
    db.prepare(
      `INSERT INTO contributions (id, session_id, screen_id, text, position, created_at, updated_at)
       VALUES ('x', 's1', 'stap1-vraag-1', 'Van elders', 11, 't', 't')`
    ).run()
    expect(session(db, 's1')?.next).toBe(12)
    cards.insert(newCard('o', 's1'), 't10')
    expect(cards.listForSession('s1').map((card) => card.id)).toEqual(['a', 'b', 'm', 'x', 'o'])
  })

  it('fails on the foreign key for a session that is gone, storing nothing', () => {
    const db = databaseAtVersion13(latest)
    const cards = createContributionRepository(db)
    expect(() => cards.insert(newCard('p', 'weg'), 't9')).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' })
    )
    expect(cards.get('p')).toBeUndefined()
  })
})
