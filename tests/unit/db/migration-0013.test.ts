import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, readSchemaVersion } from '../../../src/main/db/migrate'
import { migrations } from '../../../src/main/db/migrations'
import { createContributionRepository } from '../../../src/main/db/contribution-repository'

/** A database at version 12 with three sessions' cards as an earlier Samenspel left them. */
function databaseAtVersion13() {
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
  migrate(db, migrations, 13)
  return db
}

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
    const db = databaseAtVersion13()
    expect(nextPosition(db, 's2')).toBe(3)
    const cards = createContributionRepository(db)
    // A reorder numbers the screen 0, 1, 2; the next card still lands after all three.
    cards.setPositions(['f', 'e', 'd'])
    const added = cards.insert(newCard('g', 's2'), 't2')
    expect(added?.position).toBe(3)
    expect(cards.listForSession('s2').map((card) => card.id)).toEqual(['f', 'e', 'd', 'g'])
  })
})

describe('card positions after migration 0013', () => {
  it('places an imported card’s successor above it, and a card added after it last', () => {
    const db = databaseAtVersion13()
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
    const db = databaseAtVersion13()
    const cards = createContributionRepository(db)
    const first = cards.insert(newCard('j', 's1'), 't2')
    const other = cards.insert({ ...newCard('k', 's1'), screenId: 'stap1-vraag-2' }, 't2')
    const third = cards.insert(newCard('l', 's1'), 't2')
    expect([first?.position, other?.position, third?.position]).toEqual([10, 11, 12])
  })
})
