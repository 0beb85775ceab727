import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, readSchemaVersion } from '../../../src/main/db/migrate'
import { migrations } from '../../../src/main/db/migrations'

/** A database at version 6 with two meetings of a team and last version's three outcomes. */
function databaseAtVersion7() {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations, 2)
  db.exec(`
    INSERT INTO sessions (id, title, school, team, date, created_at, updated_at)
      VALUES ('s1', 'Eerste', 'De Regenboog', 'Onderbouw', '2026-01-10', 't1', 't1'),
             ('s2', 'Tweede', 'De Regenboog', 'Onderbouw', '2026-03-10', 't2', 't2');
    INSERT INTO participants (id, session_id, name, position) VALUES ('p1', 's1', 'Anna', 0);
  `)
  migrate(db, migrations, 6)
  db.exec(`
    INSERT INTO actions (id, session_id, what, owner_participant_id, status, deadline, position,
        created_at, updated_at)
      VALUES ('a1', 's1', 'Koffieochtend', 'p1', 'open', '2026-02-01', 0, 't', 't'),
             ('a2', 's1', 'Website', NULL, 'klaar', NULL, 1, 't', 't'),
             ('a3', 's1', 'Nieuwsbrief', NULL, 'bezig', NULL, 2, 't', 't'),
             ('a4', 's2', 'Koffieochtend', NULL, 'open', NULL, 0, 't', 't');
    UPDATE actions SET origin = 'meegenomen', origin_ref = 'a1' WHERE id = 'a4';
    INSERT INTO action_reviews (session_id, action_id, outcome, previous_status, carried_action_id)
      VALUES ('s2', 'a1', 'meegenomen', NULL, 'a4'),
             ('s2', 'a2', 'klaar', 'bezig', NULL),
             ('s2', 'a3', 'vervallen', NULL, NULL);
  `)
  migrate(db, migrations, 7)
  return db
}

describe('migration 0007-action-decisions', () => {
  it('keeps every action with every field', () => {
    const db = databaseAtVersion7()
    expect(readSchemaVersion(db)).toBe(7)
    expect(
      db
        .prepare(
          'SELECT id, what, owner_participant_id, deadline, position, origin FROM actions ORDER BY id'
        )
        .all()
    ).toEqual([
      {
        id: 'a1',
        what: 'Koffieochtend',
        owner_participant_id: 'p1',
        deadline: '2026-02-01',
        position: 0,
        origin: 'vrij'
      },
      {
        id: 'a2',
        what: 'Website',
        owner_participant_id: null,
        deadline: null,
        position: 1,
        origin: 'vrij'
      },
      {
        id: 'a3',
        what: 'Nieuwsbrief',
        owner_participant_id: null,
        deadline: null,
        position: 2,
        origin: 'vrij'
      },
      {
        id: 'a4',
        what: 'Koffieochtend',
        owner_participant_id: null,
        deadline: null,
        position: 0,
        origin: 'meegenomen'
      }
    ])
  })

  it('keeps every review, and makes a dropped action vervallen in its own plan', () => {
    const db = databaseAtVersion7()
    expect(
      db
        .prepare(
          `SELECT r.action_id, r.outcome, r.note, r.previous_status, r.carried_action_id,
             a.status FROM action_reviews r JOIN actions a ON a.id = r.action_id ORDER BY r.rowid`
        )
        .all()
    ).toEqual([
      {
        action_id: 'a1',
        outcome: 'meegenomen',
        note: '',
        previous_status: null,
        carried_action_id: 'a4',
        status: 'open'
      },
      {
        action_id: 'a2',
        outcome: 'klaar',
        note: '',
        previous_status: 'bezig',
        carried_action_id: null,
        status: 'klaar'
      },
      {
        action_id: 'a3',
        outcome: 'vervallen',
        note: '',
        previous_status: 'bezig',
        carried_action_id: null,
        status: 'vervallen'
      }
    ])
  })

  it('accepts the new status and outcome, and still refuses unknown ones', () => {
    const db = databaseAtVersion7()
    const run = (sql: string) => () => db.prepare(sql).run()
    expect(run("UPDATE actions SET status = 'vervallen' WHERE id = 'a4'")).not.toThrow()
    expect(run("UPDATE actions SET status = 'misschien' WHERE id = 'a4'")).toThrow(/CHECK/)
    expect(
      run("UPDATE action_reviews SET outcome = 'loopt-door', note = 'x' WHERE action_id = 'a1'")
    ).not.toThrow()
    expect(run("UPDATE action_reviews SET outcome = 'later' WHERE action_id = 'a1'")).toThrow(
      /CHECK/
    )
  })

  it('still cascades: deleting the first meeting removes its actions and their reviews', () => {
    const db = databaseAtVersion7()
    db.prepare("DELETE FROM sessions WHERE id = 's1'").run()
    expect(db.prepare('SELECT id FROM actions').pluck().all()).toEqual(['a4'])
    expect(db.prepare('SELECT COUNT(*) FROM action_reviews').pluck().get()).toBe(0)
    expect(db.pragma('foreign_key_check')).toEqual([])
  })

  it('keeps the indexes the repositories rely on', () => {
    const db = databaseAtVersion7()
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'action%'")
      .pluck()
      .all()
    expect(indexes).toEqual(
      expect.arrayContaining([
        'actions_by_session',
        'actions_by_owner',
        'action_reviews_by_action',
        'action_reviews_by_carried'
      ])
    )
  })
})
