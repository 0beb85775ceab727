import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, readSchemaVersion } from '../../../src/main/db/migrate'
import { migrations } from '../../../src/main/db/migrations'

/**
 * Today's database (version 5): sessions with typed school and team text, including variants
 * that differ in case and spacing, a session without either, and one with only a team.
 */
function databaseAtVersion6() {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations, 5)
  const insert = db.prepare(
    `INSERT INTO sessions (id, title, school, team, date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  )
  insert.run('s1', 'Eerste', 'De Regenboog', 'Onderbouw', '2026-01-10', 't1', 't1')
  insert.run('s2', 'Tweede', 'De Regenboog', 'Onderbouw', '2026-03-10', 't2', 't2')
  insert.run('s3', 'Variant', 'de  regenboog', 'onderbouw', '2026-05-10', 't3', 't3')
  insert.run('s4', 'Ander team', 'De Regenboog', 'Bovenbouw', '2026-06-10', 't4', 't4')
  insert.run('s5', 'Teamvariant', 'De Regenboog', 'ONDERBOUW', '2026-07-10', 't5', 't5')
  insert.run('s6', 'Nergens', '', '', '2026-08-10', 't6', 't6')
  insert.run('s7', 'Alleen team', '', 'Mentoren', '2026-09-10', 't7', 't7')
  insert.run('s8', 'Alleen school', 'Het Baken', '', '2026-10-10', 't8', 't8')
  db.prepare(
    "INSERT INTO participants (id, session_id, name, position) VALUES ('p1', 's1', 'Anna', 0)"
  ).run()
  migrate(db, migrations, 6)
  return db
}

interface Place {
  id: string
  school: string | null
  team: string | null
}

const places = (db: Database.Database) =>
  db
    .prepare<[], Place>(
      `SELECT s.id, c.name AS school, t.name AS team FROM sessions s
       LEFT JOIN teams t ON t.id = s.team_id LEFT JOIN schools c ON c.id = t.school_id
       ORDER BY s.id`
    )
    .all()

describe('migration 0006-schools-teams', () => {
  it('gives every session with a school or team its school and team record', () => {
    const db = databaseAtVersion6()
    expect(readSchemaVersion(db)).toBe(6)
    expect(places(db)).toEqual([
      { id: 's1', school: 'De Regenboog', team: 'Onderbouw' },
      { id: 's2', school: 'De Regenboog', team: 'Onderbouw' },
      { id: 's3', school: 'de  regenboog', team: 'onderbouw' },
      { id: 's4', school: 'De Regenboog', team: 'Bovenbouw' },
      { id: 's5', school: 'De Regenboog', team: 'ONDERBOUW' },
      { id: 's6', school: null, team: null },
      { id: 's7', school: 'School onbekend', team: 'Mentoren' },
      { id: 's8', school: 'Het Baken', team: 'Hele team' }
    ])
    // Same text, same team: the two Onderbouw sessions are one team's meetings.
    const teamOf = db.prepare<[string], string>('SELECT team_id FROM sessions WHERE id = ?').pluck()
    expect(teamOf.get('s1')).toBe(teamOf.get('s2'))
  })

  it('keeps case and spacing variants apart, and asks about them instead', () => {
    const db = databaseAtVersion6()
    const name = (table: string) =>
      db.prepare<[string], string>(`SELECT name FROM ${table} WHERE id = ?`).pluck()
    const questions = db
      .prepare<[], { kind: string; keep_id: string; other_id: string }>(
        'SELECT kind, keep_id, other_id FROM merge_candidates ORDER BY kind'
      )
      .all()
      .map((q) => {
        const table = q.kind === 'school' ? 'schools' : 'teams'
        return [q.kind, name(table).get(q.keep_id), name(table).get(q.other_id)]
      })
    // The name used first is the one kept.
    expect(questions).toEqual([
      ['school', 'De Regenboog', 'de  regenboog'],
      ['team', 'Onderbouw', 'ONDERBOUW']
    ])
  })

  it('drops the text columns, keeps participants, and leaves the sector unknown', () => {
    const db = databaseAtVersion6()
    const columns = db
      .prepare<[], { name: string }>('PRAGMA table_info(sessions)')
      .all()
      .map((c) => c.name)
    expect(columns).not.toContain('school')
    expect(columns).not.toContain('team')
    expect(columns).toContain('team_id')
    expect(db.prepare('SELECT name FROM participants').pluck().all()).toEqual(['Anna'])
    expect(db.prepare('SELECT DISTINCT sector FROM schools').pluck().all()).toEqual([null])
    expect(db.pragma('foreign_key_check')).toEqual([])
  })

  it('refuses a sector outside the list and an empty name', () => {
    const db = databaseAtVersion6()
    const insert = (name: string, sector: string | null) => () =>
      db
        .prepare(
          "INSERT INTO schools (id, name, sector, created_at, updated_at) VALUES (?, ?, ?, 't', 't')"
        )
        .run(`x-${name}-${sector}`, name, sector)
    expect(insert('Nieuw', 'HBO')).toThrow(/CHECK/)
    expect(insert('', 'VO')).toThrow(/CHECK/)
    expect(insert('Nieuw', 'VO')).not.toThrow()
  })

  it('keeps a session when its team goes, without a team', () => {
    const db = databaseAtVersion6()
    db.prepare(
      "DELETE FROM schools WHERE id = (SELECT school_id FROM teams WHERE name = 'Bovenbouw')"
    ).run()
    expect(db.prepare("SELECT team_id FROM sessions WHERE id = 's4'").pluck().get()).toBeNull()
  })

  it('migrates an empty database', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, migrations, 6)
    expect(db.prepare('SELECT COUNT(*) FROM schools').pluck().get()).toBe(0)
  })
})
