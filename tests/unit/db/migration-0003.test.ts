import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, readSchemaVersion } from '../../../src/main/db/migrate'
import { migrations } from '../../../src/main/db/migrations'

/** A database at version 2 with a session, a participant and a card, then migrated to 3. */
function databaseAtVersion3() {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations, 2)
  db.exec(`
    INSERT INTO sessions (id, title, school, team, date, created_at, updated_at, position)
      VALUES ('s1', 'Teamsessie', 'De Regenboog', 'Onderbouw', '2026-11-22', 't0', 't1', 'stap1');
    INSERT INTO sessions (id, title, date, created_at, updated_at)
      VALUES ('s2', 'Volgende keer', '2027-03-01', 't2', 't2');
    INSERT INTO participants (id, session_id, name, role, position)
      VALUES ('p1', 's1', 'Anna', 'mentor', 0);
    INSERT INTO contributions (id, session_id, screen_id, text, position, created_at, updated_at)
      VALUES ('c1', 's1', 'stap1-vraag-1', 'Kaartje', 0, 't', 't');
  `)
  migrate(db, migrations, 3)
  return db
}

const insertAction = (db: Database.Database, id: string, session: string, owner: string | null) =>
  db
    .prepare(
      `INSERT INTO actions (id, session_id, what, owner_participant_id, position, created_at,
         updated_at) VALUES (?, ?, 'Koffieochtend', ?, 0, 't', 't')`
    )
    .run(id, session, owner)

describe('migration 0003-action-plan', () => {
  it('keeps sessions, participants and cards, and gives each session an empty next meeting', () => {
    const db = databaseAtVersion3()
    expect(readSchemaVersion(db)).toBe(3)
    expect(
      db
        .prepare(
          "SELECT title, position, next_meeting_date, next_meeting_note FROM sessions WHERE id = 's1'"
        )
        .get()
    ).toEqual({
      title: 'Teamsessie',
      position: 'stap1',
      next_meeting_date: null,
      next_meeting_note: ''
    })
    expect(db.prepare('SELECT name FROM participants').pluck().all()).toEqual(['Anna'])
    expect(db.prepare('SELECT text FROM contributions').pluck().all()).toEqual(['Kaartje'])
  })

  it('stores an action with defaults: open, made freely, not deleted', () => {
    const db = databaseAtVersion3()
    insertAction(db, 'a1', 's1', 'p1')
    expect(
      db
        .prepare("SELECT status, origin, why, owner_text, deleted_at FROM actions WHERE id = 'a1'")
        .get()
    ).toEqual({ status: 'open', origin: 'vrij', why: '', owner_text: '', deleted_at: null })
  })

  it('keeps an action without its owner when the participant is removed', () => {
    const db = databaseAtVersion3()
    insertAction(db, 'a1', 's1', 'p1')
    db.prepare("DELETE FROM participants WHERE id = 'p1'").run()
    expect(
      db.prepare("SELECT what, owner_participant_id FROM actions WHERE id = 'a1'").get()
    ).toEqual({ what: 'Koffieochtend', owner_participant_id: null })
  })

  it('refuses statuses, origins, factors and outcomes outside their lists', () => {
    const db = databaseAtVersion3()
    insertAction(db, 'a1', 's1', null)
    const update = (set: string) => () =>
      db.prepare(`UPDATE actions SET ${set} WHERE id = 'a1'`).run()
    expect(update("status = 'misschien'")).toThrow(/CHECK/)
    expect(update("origin = 'ergens'")).toThrow(/CHECK/)
    expect(update('factor = 11')).toThrow(/CHECK/)
    expect(() =>
      db
        .prepare(
          "INSERT INTO action_reviews (session_id, action_id, outcome) VALUES ('s2', 'a1', 'later')"
        )
        .run()
    ).toThrow(/CHECK/)
  })

  it('removes a session’s actions and reviews with it, and reviews of its actions elsewhere', () => {
    const db = databaseAtVersion3()
    insertAction(db, 'a1', 's1', null)
    insertAction(db, 'a2', 's2', null)
    db.exec(`
      INSERT INTO action_reviews (session_id, action_id, outcome, carried_action_id)
        VALUES ('s2', 'a1', 'meegenomen', 'a2');
    `)
    db.prepare("DELETE FROM actions WHERE id = 'a2'").run()
    expect(db.prepare('SELECT carried_action_id FROM action_reviews').pluck().get()).toBeNull()
    db.prepare("DELETE FROM sessions WHERE id = 's1'").run()
    expect(db.prepare('SELECT COUNT(*) FROM actions').pluck().get()).toBe(0)
    expect(db.prepare('SELECT COUNT(*) FROM action_reviews').pluck().get()).toBe(0)
  })
})
