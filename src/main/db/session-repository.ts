import type { NextMeeting } from '../../shared/domain/action-plan'
import type { SessionDetails, SessionSummary } from '../../shared/domain/session'
import type { Db } from './types'

interface SessionRow {
  id: string
  title: string
  team_id: string | null
  school_id: string | null
  school: string | null
  team: string | null
  sector: SessionSummary['sector']
  date: string
  facilitator: string
  created_at: string
  updated_at: string
  participant_count: number
}

function toSummary(row: SessionRow): SessionSummary {
  return {
    id: row.id,
    title: row.title,
    teamId: row.team_id,
    schoolId: row.school_id,
    school: row.school ?? '',
    team: row.team ?? '',
    sector: row.sector,
    date: row.date,
    facilitator: row.facilitator,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    participantCount: row.participant_count
  }
}

const selectSummary = `
  SELECT s.*, (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id) AS participant_count,
    t.school_id AS school_id, t.name AS team, c.name AS school, c.sector AS sector
  FROM sessions s LEFT JOIN teams t ON t.id = s.team_id LEFT JOIN schools c ON c.id = t.school_id`

export function createSessionRepository(db: Db) {
  const listStmt = db.prepare<[], SessionRow>(
    `${selectSummary} ORDER BY s.date DESC, s.created_at DESC, s.rowid DESC`
  )
  const getStmt = db.prepare<[string], SessionRow>(`${selectSummary} WHERE s.id = ?`)
  const insertStmt = db.prepare(
    `INSERT INTO sessions (id, title, team_id, date, facilitator, created_at, updated_at)
     VALUES (@id, @title, @teamId, @date, @facilitator, @createdAt, @updatedAt)`
  )
  const updateStmt = db.prepare(
    `UPDATE sessions SET title = @title, team_id = @teamId, date = @date,
       facilitator = @facilitator, updated_at = @updatedAt WHERE id = @id`
  )
  const touchStmt = db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?')
  const touchWithVersionStmt = db.prepare(
    'UPDATE sessions SET updated_at = ?, change_version = ? WHERE id = ?'
  )
  const positionStmt = db.prepare<[string], { position: string }>(
    'SELECT position FROM sessions WHERE id = ?'
  )
  const setPositionStmt = db.prepare('UPDATE sessions SET position = ? WHERE id = ?')
  const deleteStmt = db.prepare('DELETE FROM sessions WHERE id = ?')
  // Same date and created earlier counts as earlier: two sessions of one team on one day.
  const earlierStmt = db.prepare<[Record<string, unknown>], SessionRow>(
    `${selectSummary}
     WHERE s.id != @id AND (s.date < @date OR (s.date = @date AND s.created_at < @createdAt))
     ORDER BY s.date DESC, s.created_at DESC, s.rowid DESC`
  )
  const byTeamStmt = db.prepare<[string], SessionRow>(
    `${selectSummary} WHERE s.team_id = ? ORDER BY s.date, s.created_at, s.rowid`
  )
  const bySchoolStmt = db.prepare<[string], SessionRow>(
    `${selectSummary} WHERE t.school_id = ? ORDER BY s.date, s.created_at, s.rowid`
  )
  const nextMeetingStmt = db.prepare<[string], NextMeeting>(
    'SELECT next_meeting_date AS date, next_meeting_note AS note FROM sessions WHERE id = ?'
  )
  const setNextMeetingStmt = db.prepare(
    'UPDATE sessions SET next_meeting_date = @date, next_meeting_note = @note WHERE id = @id'
  )

  return {
    list(): SessionSummary[] {
      return listStmt.all().map(toSummary)
    },
    get(id: string): SessionSummary | undefined {
      const row = getStmt.get(id)
      return row ? toSummary(row) : undefined
    },
    insert(id: string, details: SessionDetails, now: string): void {
      const { title, teamId, date, facilitator } = details
      insertStmt.run({ id, title, teamId, date, facilitator, createdAt: now, updatedAt: now })
    },
    update(id: string, details: SessionDetails, now: string): boolean {
      const { title, teamId, date, facilitator } = details
      return updateStmt.run({ id, title, teamId, date, facilitator, updatedAt: now }).changes > 0
    },
    /** The team's sessions, the earliest first. */
    listForTeam(teamId: string): SessionSummary[] {
      return byTeamStmt.all(teamId).map(toSummary)
    },
    /** Every session of the school's teams, the earliest first. */
    listForSchool(schoolId: string): SessionSummary[] {
      return bySchoolStmt.all(schoolId).map(toSummary)
    },
    /**
     * Marks the session as changed when something inside it changes, storing its change version
     * too when given (`change-notifier.ts`); false when it is gone.
     */
    touch(id: string, now: string, version?: number): boolean {
      if (version === undefined) return touchStmt.run(now, id).changes > 0
      return touchWithVersionStmt.run(now, version, id).changes > 0
    },
    /** The screen the session was last on; undefined when the session is gone. */
    position(id: string): string | undefined {
      return positionStmt.get(id)?.position
    },
    setPosition(id: string, screenId: string): boolean {
      return setPositionStmt.run(screenId, id).changes > 0
    },
    delete(id: string): boolean {
      return deleteStmt.run(id).changes > 0
    },
    /** Every session held before `session`, the most recent first. */
    earlierThan(session: Pick<SessionSummary, 'id' | 'date' | 'createdAt'>): SessionSummary[] {
      const { id, date, createdAt } = session
      return earlierStmt.all({ id, date, createdAt }).map(toSummary)
    },
    /** Undefined when the session is gone. */
    nextMeeting(id: string): NextMeeting | undefined {
      return nextMeetingStmt.get(id)
    },
    setNextMeeting(id: string, next: NextMeeting): boolean {
      return setNextMeetingStmt.run({ id, ...next }).changes > 0
    }
  }
}

export type SessionRepository = ReturnType<typeof createSessionRepository>
