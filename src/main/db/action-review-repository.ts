import type { ActionStatus, ReviewOutcome } from '../../shared/domain/action-plan'
import type { Db } from './types'

interface ReviewRow {
  session_id: string
  action_id: string
  outcome: ReviewOutcome
  note: string
  previous_status: ActionStatus | null
  carried_action_id: string | null
}

/** What a session decided about one earlier action, and what it needs to undo that. */
export interface ActionReview {
  sessionId: string
  actionId: string
  outcome: ReviewOutcome
  /** Why it was dropped, or a remark. */
  note: string
  /** The earlier action's status before `klaar` set it. */
  previousStatus: ActionStatus | null
  /** The copy `meegenomen` made in the reviewing session (kept, deleted, after a change). */
  carriedActionId: string | null
}

const toReview = (row: ReviewRow): ActionReview => ({
  sessionId: row.session_id,
  actionId: row.action_id,
  outcome: row.outcome,
  note: row.note,
  previousStatus: row.previous_status,
  carriedActionId: row.carried_action_id
})

export function createActionReviewRepository(db: Db) {
  const listStmt = db.prepare<[string], ReviewRow>(
    'SELECT * FROM action_reviews WHERE session_id = ? ORDER BY rowid'
  )
  const getStmt = db.prepare<[string, string], ReviewRow>(
    'SELECT * FROM action_reviews WHERE session_id = ? AND action_id = ?'
  )
  const setStmt = db.prepare(
    `INSERT INTO action_reviews (session_id, action_id, outcome, note, previous_status,
       carried_action_id)
     VALUES (@sessionId, @actionId, @outcome, @note, @previousStatus, @carriedActionId)
     ON CONFLICT (session_id, action_id) DO UPDATE SET outcome = excluded.outcome,
       note = excluded.note, previous_status = excluded.previous_status,
       carried_action_id = excluded.carried_action_id`
  )
  const forTeamStmt = db.prepare<[string], ReviewRow>(
    `SELECT r.* FROM action_reviews r JOIN sessions s ON s.id = r.session_id
     WHERE s.team_id = ? ORDER BY r.rowid`
  )
  const forActionStmt = db.prepare<[string], ReviewRow>(
    'SELECT * FROM action_reviews WHERE action_id = ? ORDER BY rowid'
  )
  const deleteStmt = db.prepare('DELETE FROM action_reviews WHERE session_id = ? AND action_id = ?')

  return {
    /** The session's reviews in the order they were first recorded. */
    listForSession(sessionId: string): ActionReview[] {
      return listStmt.all(sessionId).map(toReview)
    },
    /** Every review made at a meeting of the team. */
    listForTeam(teamId: string): ActionReview[] {
      return forTeamStmt.all(teamId).map(toReview)
    },
    /** Every meeting's decision about one action. */
    listForAction(actionId: string): ActionReview[] {
      return forActionStmt.all(actionId).map(toReview)
    },
    get(sessionId: string, actionId: string): ActionReview | undefined {
      const row = getStmt.get(sessionId, actionId)
      return row ? toReview(row) : undefined
    },
    set(review: ActionReview): void {
      setStmt.run(review)
    },
    delete(sessionId: string, actionId: string): void {
      deleteStmt.run(sessionId, actionId)
    }
  }
}

export type ActionReviewRepository = ReturnType<typeof createActionReviewRepository>
