import { randomUUID } from 'node:crypto'
import { normaliseName } from '../../../shared/domain/names'
import type { Db, Migration } from '../types'

interface PlaceRow {
  school: string
  team: string
  first_at: string
}

/** Ids inside a migration: random like the app's, but without the app's injected generator. */
const newId = (): string => randomUUID()

/** Used for the missing half of an old session that had only a team or only a school. */
export const unknownSchoolName = 'School onbekend'
export const wholeTeamName = 'Hele team'

function createTables(db: Db): void {
  db.exec(`
    CREATE TABLE schools (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      sector TEXT CHECK (sector IS NULL OR sector IN ('PO', 'VO', 'MBO', 'SO')),
      board TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE teams (
      id TEXT PRIMARY KEY,
      school_id TEXT NOT NULL REFERENCES schools (id) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE INDEX teams_by_school ON teams (school_id, name);

    -- Names that differ only in case or spacing, waiting for the facilitator's "samenvoegen?".
    -- A row is a pending question: merging or answering "no" removes it.
    CREATE TABLE merge_candidates (
      kind TEXT NOT NULL CHECK (kind IN ('school', 'team')),
      keep_id TEXT NOT NULL,
      other_id TEXT NOT NULL,
      PRIMARY KEY (kind, keep_id, other_id)
    ) STRICT;

    -- A session belongs to a team; its school is the team's.
    ALTER TABLE sessions ADD COLUMN team_id TEXT REFERENCES teams (id) ON DELETE SET NULL;
    CREATE INDEX sessions_by_team ON sessions (team_id, date, created_at) WHERE team_id IS NOT NULL;
  `)
}

/** The name kept when variants are merged: the one used first. */
function recordCandidates(
  db: Db,
  kind: 'school' | 'team',
  entries: readonly { id: string; name: string }[]
): void {
  const insert = db.prepare(
    'INSERT INTO merge_candidates (kind, keep_id, other_id) VALUES (?, ?, ?)'
  )
  const groups = new Map<string, string[]>()
  for (const { id, name } of entries) {
    const key = normaliseName(name)
    groups.set(key, [...(groups.get(key) ?? []), id])
  }
  for (const [keep, ...others] of groups.values()) {
    for (const other of others) insert.run(kind, keep, other)
  }
}

/**
 * Turns each distinct school text into a school and each distinct team text within it into a
 * team, exactly as typed: "De Regenboog" and "de regenboog" become two schools and one merge
 * candidate, because only the facilitator knows whether they are one. The text columns go.
 */
function moveTextIntoRelations(db: Db): void {
  const places = db
    .prepare<[], PlaceRow>(
      `SELECT school, team, MIN(created_at) AS first_at FROM sessions
       WHERE school != '' OR team != '' GROUP BY school, team ORDER BY first_at, school, team`
    )
    .all()
  const insertSchool = db.prepare(
    'INSERT INTO schools (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)'
  )
  const insertTeam = db.prepare(
    'INSERT INTO teams (id, school_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'
  )
  const setTeam = db.prepare('UPDATE sessions SET team_id = ? WHERE school = ? AND team = ?')
  const schools = new Map<string, { id: string; teams: Map<string, string> }>()
  const now = new Date().toISOString()
  for (const { school, team } of places) {
    const schoolName = school || unknownSchoolName
    let entry = schools.get(schoolName)
    if (!entry) {
      entry = { id: newId(), teams: new Map() }
      insertSchool.run(entry.id, schoolName, now, now)
      schools.set(schoolName, entry)
    }
    const teamName = team || wholeTeamName
    let teamId = entry.teams.get(teamName)
    if (!teamId) {
      teamId = newId()
      insertTeam.run(teamId, entry.id, teamName, now, now)
      entry.teams.set(teamName, teamId)
    }
    setTeam.run(teamId, school, team)
  }
  recordCandidates(
    db,
    'school',
    [...schools].map(([name, { id }]) => ({ id, name }))
  )
  for (const { teams } of schools.values()) {
    recordCandidates(
      db,
      'team',
      [...teams].map(([name, id]) => ({ id, name }))
    )
  }
  db.exec(`
    ALTER TABLE sessions DROP COLUMN school;
    ALTER TABLE sessions DROP COLUMN team;
  `)
}

/** Schools and teams as records rather than text typed again for every session. */
export const migration0006SchoolsTeams: Migration = {
  version: 6,
  name: 'schools-teams',
  up(db) {
    createTables(db)
    moveTextIntoRelations(db)
  }
}
