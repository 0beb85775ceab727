import type {
  School,
  SchoolFields,
  SchoolOverview,
  Team,
  TeamOverview
} from '../../shared/domain/school'
import type { Db } from './types'

interface SchoolRow {
  id: string
  name: string
  sector: School['sector']
  board: string
  created_at: string
  updated_at: string
}

interface TeamRow {
  id: string
  school_id: string
  name: string
  created_at: string
  updated_at: string
  session_count: number
  last_session_date: string | null
}

interface CandidateRow {
  kind: 'school' | 'team'
  keep_id: string
  other_id: string
}

const toSchool = (row: SchoolRow): School => ({
  id: row.id,
  name: row.name,
  sector: row.sector,
  board: row.board,
  createdAt: row.created_at,
  updatedAt: row.updated_at
})

const toTeam = (row: TeamRow): TeamOverview => ({
  id: row.id,
  schoolId: row.school_id,
  name: row.name,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  sessionCount: row.session_count,
  lastSessionDate: row.last_session_date
})

const selectTeam = `
  SELECT t.*, COUNT(s.id) AS session_count, MAX(s.date) AS last_session_date
  FROM teams t LEFT JOIN sessions s ON s.team_id = t.id`

/** Schools, their teams, and the pending "samenvoegen?" questions about their names. */
export function createSchoolRepository(db: Db) {
  const listSchoolsStmt = db.prepare<[], SchoolRow>(
    'SELECT * FROM schools ORDER BY name COLLATE NOCASE, created_at, id'
  )
  const getSchoolStmt = db.prepare<[string], SchoolRow>('SELECT * FROM schools WHERE id = ?')
  const insertSchoolStmt = db.prepare(
    `INSERT INTO schools (id, name, sector, board, created_at, updated_at)
     VALUES (@id, @name, @sector, @board, @now, @now)`
  )
  const updateSchoolStmt = db.prepare(
    `UPDATE schools SET name = @name, sector = @sector, board = @board, updated_at = @now
     WHERE id = @id`
  )
  const deleteSchoolStmt = db.prepare('DELETE FROM schools WHERE id = ?')
  const listTeamsStmt = db.prepare<[], TeamRow>(
    `${selectTeam} GROUP BY t.id ORDER BY t.name COLLATE NOCASE, t.created_at, t.id`
  )
  const getTeamStmt = db.prepare<[string], TeamRow>(`${selectTeam} WHERE t.id = ? GROUP BY t.id`)
  const insertTeamStmt = db.prepare(
    `INSERT INTO teams (id, school_id, name, created_at, updated_at)
     VALUES (@id, @schoolId, @name, @now, @now)`
  )
  const updateTeamStmt = db.prepare(
    'UPDATE teams SET name = @name, school_id = @schoolId, updated_at = @now WHERE id = @id'
  )
  const deleteTeamStmt = db.prepare('DELETE FROM teams WHERE id = ?')
  const moveSessionsStmt = db.prepare('UPDATE sessions SET team_id = ? WHERE team_id = ?')
  const candidatesStmt = db.prepare<[], CandidateRow>(
    'SELECT * FROM merge_candidates ORDER BY rowid'
  )
  const addCandidateStmt = db.prepare(
    `INSERT INTO merge_candidates (kind, keep_id, other_id) VALUES (?, ?, ?)
     ON CONFLICT DO NOTHING`
  )
  const dropCandidateStmt = db.prepare(
    'DELETE FROM merge_candidates WHERE kind = ? AND keep_id = ? AND other_id = ?'
  )
  const repointKeepStmt = db.prepare(
    'UPDATE OR IGNORE merge_candidates SET keep_id = ? WHERE kind = ? AND keep_id = ?'
  )
  const repointOtherStmt = db.prepare(
    'UPDATE OR IGNORE merge_candidates SET other_id = ? WHERE kind = ? AND other_id = ?'
  )
  const forgetStmt = db.prepare(
    'DELETE FROM merge_candidates WHERE kind = ? AND (keep_id = ? OR other_id = ?)'
  )
  const selfStmt = db.prepare('DELETE FROM merge_candidates WHERE keep_id = other_id')

  const teams = (): TeamOverview[] => listTeamsStmt.all().map(toTeam)

  return {
    listSchools(): School[] {
      return listSchoolsStmt.all().map(toSchool)
    },
    /** Every school with its teams (alphabetical) and how many sessions each team had. */
    overview(): SchoolOverview[] {
      const all = teams()
      return listSchoolsStmt.all().map((row) => {
        const own = all.filter((team) => team.schoolId === row.id)
        return {
          ...toSchool(row),
          teams: own,
          sessionCount: own.reduce((sum, team) => sum + team.sessionCount, 0)
        }
      })
    },
    getSchool(id: string): School | undefined {
      const row = getSchoolStmt.get(id)
      return row ? toSchool(row) : undefined
    },
    insertSchool(id: string, fields: SchoolFields, now: string): void {
      insertSchoolStmt.run({ id, ...fields, now })
    },
    updateSchool(id: string, fields: SchoolFields, now: string): boolean {
      return updateSchoolStmt.run({ id, ...fields, now }).changes > 0
    },
    deleteSchool(id: string): void {
      deleteSchoolStmt.run(id)
    },
    listTeams: teams,
    teamsOf(schoolId: string): TeamOverview[] {
      return teams().filter((team) => team.schoolId === schoolId)
    },
    getTeam(id: string): TeamOverview | undefined {
      const row = getTeamStmt.get(id)
      return row ? toTeam(row) : undefined
    },
    insertTeam(team: Pick<Team, 'id' | 'schoolId' | 'name'>, now: string): void {
      insertTeamStmt.run({ ...team, now })
    },
    updateTeam(team: Pick<Team, 'id' | 'schoolId' | 'name'>, now: string): boolean {
      return updateTeamStmt.run({ ...team, now }).changes > 0
    },
    deleteTeam(id: string): void {
      deleteTeamStmt.run(id)
    },
    /** Every session of team `from` becomes one of team `to`. */
    moveSessions(from: string, to: string): void {
      moveSessionsStmt.run(to, from)
    },
    candidates(): CandidateRow[] {
      return candidatesStmt.all()
    },
    addCandidate(kind: 'school' | 'team', keepId: string, otherId: string): void {
      if (keepId !== otherId) addCandidateStmt.run(kind, keepId, otherId)
    },
    dropCandidate(kind: 'school' | 'team', keepId: string, otherId: string): boolean {
      return dropCandidateStmt.run(kind, keepId, otherId).changes > 0
    },
    /** After `from` was merged into `to`: its other questions now ask about `to`. */
    repointCandidates(kind: 'school' | 'team', from: string, to: string): void {
      repointKeepStmt.run(to, kind, from)
      repointOtherStmt.run(to, kind, from)
      forgetStmt.run(kind, from, from)
      selfStmt.run()
    }
  }
}

export type SchoolRepository = ReturnType<typeof createSchoolRepository>
