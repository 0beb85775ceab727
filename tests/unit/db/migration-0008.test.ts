import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, readSchemaVersion } from '../../../src/main/db/migrate'
import { migrations } from '../../../src/main/db/migrations'

/** A database at version 7 with a session, a card and a quickscan, then migrated to 8. */
function databaseAtVersion8() {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations, 7)
  db.exec(`
    INSERT INTO sessions (id, title, date, created_at, updated_at)
      VALUES ('s1', 'Teamsessie', '2026-11-22', 't0', 't1');
    INSERT INTO contributions (id, session_id, screen_id, text, position, created_at, updated_at)
      VALUES ('c1', 's1', 'stap1-vraag-1', 'Ouderavond anders', 0, 't', 't');
    INSERT INTO quickscans (id, session_id, revealed, created_at) VALUES ('q1', 's1', 1, 't');
  `)
  migrate(db, migrations, 8)
  return db
}

function addRound(db: Database.Database) {
  db.exec(`
    INSERT INTO vote_rounds (id, session_id, title, dots_per_person, created_at)
      VALUES ('r1', 's1', 'Wat pakken we op?', 3, 't');
    INSERT INTO vote_options (id, round_id, kind, ref_id, label, position)
      VALUES ('o1', 'r1', 'card', 'c1', 'Ouderavond anders', 0);
  `)
}

describe('migration 0008-votes', () => {
  it('marks earlier quickscans as answered on pack version 1', () => {
    const db = databaseAtVersion8()
    expect(readSchemaVersion(db)).toBe(8)
    expect(db.prepare('SELECT pack_version FROM quickscans').pluck().get()).toBe(1)
  })

  it('opens a round with an option, ballots and a paper count', () => {
    const db = databaseAtVersion8()
    addRound(db)
    db.exec(`
      INSERT INTO vote_ballots (round_id, voter_id, option_id, dots) VALUES ('r1', 'd1', 'o1', 2);
      INSERT INTO vote_paper_dots (round_id, option_id, dots) VALUES ('r1', 'o1', 5);
    `)
    expect(db.prepare('SELECT status, paper_people FROM vote_rounds').get()).toEqual({
      status: 'open',
      paper_people: 0
    })
    expect(db.prepare('SELECT SUM(dots) FROM vote_ballots').pluck().get()).toBe(2)
  })

  it('refuses impossible rounds and ballots', () => {
    const db = databaseAtVersion8()
    addRound(db)
    const run = (sql: string) => () => db.prepare(sql).run()
    expect(run('UPDATE vote_rounds SET dots_per_person = 0')).toThrow(/CHECK/)
    expect(run("UPDATE vote_rounds SET status = 'half'")).toThrow(/CHECK/)
    expect(run("UPDATE vote_options SET kind = 'persoon'")).toThrow(/CHECK/)
    expect(
      run(
        "INSERT INTO vote_ballots (round_id, voter_id, option_id, dots) VALUES ('r1', 'd', 'o1', 0)"
      )
    ).toThrow(/CHECK/)
    expect(
      run(
        "INSERT INTO vote_ballots (round_id, voter_id, option_id, dots) VALUES ('r1', 'd', 'x', 1)"
      )
    ).toThrow(/FOREIGN KEY/)
  })

  it('groups a card into one theme only and lets it go with the card', () => {
    const db = databaseAtVersion8()
    db.exec(`
      INSERT INTO card_themes (id, session_id, screen_id, title, position, created_at)
        VALUES ('t1', 's1', 'stap1-vraag-1', 'Contact', 0, 't'),
               ('t2', 's1', 'stap1-vraag-1', 'Avonden', 1, 't');
      INSERT INTO card_theme_members (contribution_id, theme_id) VALUES ('c1', 't1');
    `)
    expect(() =>
      db
        .prepare("INSERT INTO card_theme_members (contribution_id, theme_id) VALUES ('c1', 't2')")
        .run()
    ).toThrow(/UNIQUE|PRIMARY/)
    db.prepare("DELETE FROM contributions WHERE id = 'c1'").run()
    expect(db.prepare('SELECT COUNT(*) FROM card_theme_members').pluck().get()).toBe(0)
  })

  it('removes themes and rounds with their session', () => {
    const db = databaseAtVersion8()
    addRound(db)
    db.exec(`INSERT INTO card_themes (id, session_id, screen_id, title, position, created_at)
      VALUES ('t1', 's1', 'stap1-vraag-1', 'Contact', 0, 't')`)
    db.prepare("DELETE FROM sessions WHERE id = 's1'").run()
    for (const table of ['vote_rounds', 'vote_options', 'card_themes']) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get()).toBe(0)
    }
  })
})
