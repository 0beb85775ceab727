import type { Action, ActionFields, ActionStatus } from '../../shared/domain/action-plan'
import type { Db } from './types'

interface ActionRow {
  id: string
  session_id: string
  what: string
  why: string
  screen_id: string | null
  factor: number | null
  aspect: string | null
  owner_participant_id: string | null
  owner_text: string
  deadline: string | null
  first_step: string
  support: string
  success_indicator: string
  status: ActionStatus
  follow_up: string | null
  position: number
  origin: Action['origin']
  origin_ref: string | null
  deleted_at: string | null
  created_at: string
  updated_at: string
}

/** An action as stored, with whether it is (soft) deleted. */
export interface StoredAction {
  action: Action
  deleted: boolean
}

export type NewAction = Omit<Action, 'position' | 'createdAt' | 'updatedAt'>

function toAction(row: ActionRow): Action {
  return {
    id: row.id,
    sessionId: row.session_id,
    what: row.what,
    why: row.why,
    screenId: row.screen_id,
    factor: row.factor,
    aspect: row.aspect,
    ownerParticipantId: row.owner_participant_id,
    ownerText: row.owner_text,
    deadline: row.deadline,
    firstStep: row.first_step,
    support: row.support,
    successIndicator: row.success_indicator,
    status: row.status,
    followUp: row.follow_up,
    position: row.position,
    origin: row.origin,
    originRef: row.origin_ref,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

const fieldColumns = `what = @what, why = @why, screen_id = @screenId, factor = @factor,
  aspect = @aspect, owner_participant_id = @ownerParticipantId, owner_text = @ownerText,
  deadline = @deadline, first_step = @firstStep, support = @support,
  success_indicator = @successIndicator, status = @status, follow_up = @followUp`

export function createActionRepository(db: Db) {
  // Deleted actions count, so a restored action does not share its place with a newer one.
  const lastPositionStmt = db
    .prepare<[string], number | null>('SELECT MAX(position) FROM actions WHERE session_id = ?')
    .pluck()
  // DO NOTHING on a known id: the service decides whether that is a retry or a conflict.
  const insertStmt = db.prepare(
    `INSERT INTO actions (id, session_id, what, why, screen_id, factor, aspect,
       owner_participant_id, owner_text, deadline, first_step, support, success_indicator,
       status, follow_up, position, origin, origin_ref, created_at, updated_at)
     VALUES (@id, @sessionId, @what, @why, @screenId, @factor, @aspect, @ownerParticipantId,
       @ownerText, @deadline, @firstStep, @support, @successIndicator, @status, @followUp,
       @position, @origin, @originRef, @createdAt, @updatedAt)
     ON CONFLICT (id) DO NOTHING`
  )
  const getStmt = db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE id = ?')
  const listStmt = db.prepare<[string], ActionRow>(
    `SELECT * FROM actions WHERE session_id = ? AND deleted_at IS NULL
     ORDER BY position, created_at, rowid`
  )
  const forTeamStmt = db.prepare<[string], ActionRow>(
    `SELECT a.* FROM actions a JOIN sessions s ON s.id = a.session_id
     WHERE s.team_id = ? AND a.deleted_at IS NULL ORDER BY s.date, s.created_at, a.position`
  )
  const forSchoolStmt = db.prepare<[string], ActionRow>(
    `SELECT a.* FROM actions a JOIN sessions s ON s.id = a.session_id
     JOIN teams t ON t.id = s.team_id
     WHERE t.school_id = ? AND a.deleted_at IS NULL ORDER BY s.date, s.created_at, a.position`
  )
  const activeIdsStmt = db
    .prepare<[string], string>('SELECT id FROM actions WHERE session_id = ? AND deleted_at IS NULL')
    .pluck()
  const updateStmt = db.prepare<[Record<string, unknown>], ActionRow>(
    `UPDATE actions SET ${fieldColumns}, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL RETURNING *`
  )
  const setStatusStmt = db.prepare<[ActionStatus, string, string], ActionRow>(
    'UPDATE actions SET status = ?, updated_at = ? WHERE id = ? RETURNING *'
  )
  const setDeletedStmt = db.prepare<[string | null, string], ActionRow>(
    'UPDATE actions SET deleted_at = ? WHERE id = ? RETURNING *'
  )
  const setPositionStmt = db.prepare('UPDATE actions SET position = ? WHERE id = ?')
  const keepOwnerNameStmt = db.prepare(
    `UPDATE actions SET owner_text = ? WHERE owner_participant_id = ? AND owner_text = ''`
  )

  /** Stores the action as given, position and times included; false when the id exists. */
  const insertExactly = (action: Action): boolean => insertStmt.run(action).changes > 0

  return {
    /** Adds at the end of the session's plan; undefined when an action with this id exists. */
    insert(action: NewAction, now: string): Action | undefined {
      const position = (lastPositionStmt.get(action.sessionId) ?? -1) + 1
      const stored: Action = { ...action, position, createdAt: now, updatedAt: now }
      return insertExactly(stored) ? stored : undefined
    },
    insertExactly,
    get(id: string): StoredAction | undefined {
      const row = getStmt.get(id)
      return row ? { action: toAction(row), deleted: row.deleted_at !== null } : undefined
    },
    /** The session's actions that are not deleted, in priority order. */
    listForSession(sessionId: string): Action[] {
      return listStmt.all(sessionId).map(toAction)
    },
    /** The actions (not deleted) of every meeting of the team, the earliest meeting first. */
    listForTeam(teamId: string): Action[] {
      return forTeamStmt.all(teamId).map(toAction)
    },
    listForSchool(schoolId: string): Action[] {
      return forSchoolStmt.all(schoolId).map(toAction)
    },
    activeIds(sessionId: string): string[] {
      return activeIdsStmt.all(sessionId)
    },
    /** Undefined when the action is missing or deleted. */
    update(id: string, fields: ActionFields, now: string): Action | undefined {
      const row = updateStmt.get({ ...fields, id, now })
      return row ? toAction(row) : undefined
    },
    setStatus(id: string, status: ActionStatus, now: string): Action | undefined {
      const row = setStatusStmt.get(status, now, id)
      return row ? toAction(row) : undefined
    },
    /** `deletedAt` null restores the action. */
    setDeleted(id: string, deletedAt: string | null): Action | undefined {
      const row = setDeletedStmt.get(deletedAt, id)
      return row ? toAction(row) : undefined
    },
    setPositions(ids: readonly string[]): void {
      ids.forEach((id, position) => setPositionStmt.run(position, id))
    },
    /**
     * Before a participant goes, their name moves into the actions they own, so the plan still
     * says who does what once the foreign key has cleared the link.
     */
    keepOwnerName(participantId: string, name: string): void {
      keepOwnerNameStmt.run(name, participantId)
    }
  }
}

export type ActionRepository = ReturnType<typeof createActionRepository>
