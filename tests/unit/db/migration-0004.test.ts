import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, readSchemaVersion } from '../../../src/main/db/migrate'
import { migrations } from '../../../src/main/db/migrations'

/** A database at version 3 with a session, an action and a next meeting, then migrated to 4. */
function databaseAtVersion4() {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations, 3)
  db.exec(`
    INSERT INTO sessions (id, title, date, created_at, updated_at, next_meeting_date)
      VALUES ('s1', 'Teamsessie', '2026-11-22', 't0', 't1', '2027-01-10');
    INSERT INTO actions (id, session_id, what, position, created_at, updated_at)
      VALUES ('a1', 's1', 'Koffieochtend', 0, 't', 't');
  `)
  migrate(db, migrations, 4)
  return db
}

function withRespondent(db: Database.Database) {
  db.exec(`
    INSERT INTO quickscans (id, session_id, created_at) VALUES ('q1', 's1', 't');
    INSERT INTO quickscan_respondents (id, quickscan_id, name, mode, created_at)
      VALUES ('r1', 'q1', 'Anna', 'laptop', 't');
  `)
  return db
}

describe('migration 0004-quickscan', () => {
  it('keeps sessions, actions and next meetings', () => {
    const db = databaseAtVersion4()
    expect(readSchemaVersion(db)).toBe(4)
    expect(db.prepare('SELECT what FROM actions').pluck().all()).toEqual(['Koffieochtend'])
    expect(db.prepare('SELECT next_meeting_date FROM sessions').pluck().get()).toBe('2027-01-10')
  })

  it('allows one quickscan per session, hidden until revealed', () => {
    const db = withRespondent(databaseAtVersion4())
    expect(db.prepare('SELECT revealed FROM quickscans').pluck().get()).toBe(0)
    expect(() =>
      db
        .prepare("INSERT INTO quickscans (id, session_id, created_at) VALUES ('q2', 's1', 't')")
        .run()
    ).toThrow(/UNIQUE/)
  })

  it('refuses answers, grades and modes outside the scan’s scales', () => {
    const db = withRespondent(databaseAtVersion4())
    const run = (sql: string) => () => db.prepare(sql).run()
    expect(run("INSERT INTO quickscan_answers VALUES ('r1', 'qs-01', '+++')")).toThrow(/CHECK/)
    expect(run("INSERT INTO quickscan_grades VALUES ('r1', 'relatie', 11)")).toThrow(/CHECK/)
    expect(run("UPDATE quickscan_respondents SET mode = 'fax' WHERE id = 'r1'")).toThrow(/CHECK/)
  })

  it('removes the quickscan with everything in it when the session is deleted', () => {
    const db = withRespondent(databaseAtVersion4())
    db.exec(`
      INSERT INTO quickscan_answers VALUES ('r1', 'qs-01', '++');
      INSERT INTO quickscan_grades VALUES ('r1', 'relatie', 7);
      INSERT INTO quickscan_priorities (quickscan_id, cluster_id, priority) VALUES ('q1', 'relatie', 'Meer');
    `)
    db.prepare("DELETE FROM sessions WHERE id = 's1'").run()
    for (const table of [
      'quickscans',
      'quickscan_respondents',
      'quickscan_answers',
      'quickscan_grades',
      'quickscan_priorities'
    ]) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0)
    }
  })
})
