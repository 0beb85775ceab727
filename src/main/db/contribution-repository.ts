import type { Contribution, ContributionTag } from '../../shared/domain/workspace'
import type { Db } from './types'

interface ContributionRow {
  id: string
  session_id: string
  screen_id: string
  text: string
  tag: ContributionTag | null
  participant_id: string | null
  carry_to_plan: number
  position: number
  deleted_at: string | null
  created_at: string
  updated_at: string
}

/** A card as stored, with whether it is (soft) deleted. */
export interface StoredContribution {
  card: Contribution
  deleted: boolean
}

export type NewContribution = Pick<
  Contribution,
  'id' | 'sessionId' | 'screenId' | 'text' | 'tag' | 'participantId' | 'carryToPlan'
>

export type ContributionFields = Pick<
  Contribution,
  'text' | 'tag' | 'participantId' | 'carryToPlan'
>

function toContribution(row: ContributionRow): Contribution {
  return {
    id: row.id,
    sessionId: row.session_id,
    screenId: row.screen_id,
    text: row.text,
    tag: row.tag,
    participantId: row.participant_id,
    carryToPlan: row.carry_to_plan === 1,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

const toStored = (row: ContributionRow): StoredContribution => ({
  card: toContribution(row),
  deleted: row.deleted_at !== null
})

export function createContributionRepository(db: Db) {
  // Deleted cards count, so a restored card does not share its place with one added later.
  const lastPositionStmt = db
    .prepare<[string, string], number | null>(
      'SELECT MAX(position) FROM contributions WHERE session_id = ? AND screen_id = ?'
    )
    .pluck()
  // DO NOTHING on a known id: the service decides whether that is a retry or a conflict.
  const insertStmt = db.prepare(
    `INSERT INTO contributions (id, session_id, screen_id, text, tag, participant_id,
       carry_to_plan, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`
  )
  const getStmt = db.prepare<[string], ContributionRow>('SELECT * FROM contributions WHERE id = ?')
  const listStmt = db.prepare<[string], ContributionRow>(
    `SELECT * FROM contributions WHERE session_id = ? AND deleted_at IS NULL
     ORDER BY screen_id, position, created_at, rowid`
  )
  const screenIdsStmt = db
    .prepare<[string, string], string>(
      `SELECT id FROM contributions WHERE session_id = ? AND screen_id = ? AND deleted_at IS NULL`
    )
    .pluck()
  const updateStmt = db.prepare<[Record<string, unknown>], ContributionRow>(
    `UPDATE contributions SET text = @text, tag = @tag, participant_id = @participantId,
       carry_to_plan = @carryToPlan, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL RETURNING *`
  )
  const setDeletedStmt = db.prepare<[string | null, string], ContributionRow>(
    'UPDATE contributions SET deleted_at = ? WHERE id = ? RETURNING *'
  )
  const setPositionStmt = db.prepare('UPDATE contributions SET position = ? WHERE id = ?')

  return {
    /**
     * Inserts at the end of its screen, in two plain statements (adding a card is the hottest
     * write of a session). Undefined when a card with this id exists already.
     */
    insert(card: NewContribution, now: string): Contribution | undefined {
      const { id, sessionId, screenId, text, tag, participantId, carryToPlan } = card
      const position = (lastPositionStmt.get(sessionId, screenId) ?? -1) + 1
      const flag = carryToPlan ? 1 : 0
      const row = [id, sessionId, screenId, text, tag, participantId, flag, position, now, now]
      if (insertStmt.run(...row).changes === 0) return undefined
      return {
        id,
        sessionId,
        screenId,
        text,
        tag,
        participantId,
        carryToPlan,
        position,
        createdAt: now,
        updatedAt: now
      }
    },
    /** Stores the card as given, position and times included (an imported session's card). */
    insertExactly(card: Contribution): void {
      const { id, sessionId, screenId, text, tag, participantId, position } = card
      const flag = card.carryToPlan ? 1 : 0
      const row = [id, sessionId, screenId, text, tag, participantId, flag, position]
      insertStmt.run(...row, card.createdAt, card.updatedAt)
    },
    get(id: string): StoredContribution | undefined {
      const row = getStmt.get(id)
      return row ? toStored(row) : undefined
    },
    /** The session's cards that are not deleted, by screen id, then position. */
    listForSession(sessionId: string): Contribution[] {
      return listStmt.all(sessionId).map(toContribution)
    },
    activeIdsOnScreen(sessionId: string, screenId: string): string[] {
      return screenIdsStmt.all(sessionId, screenId)
    },
    /** Undefined when the card is missing or deleted. */
    update(id: string, fields: ContributionFields, now: string): Contribution | undefined {
      const { text, tag, participantId } = fields
      const carryToPlan = fields.carryToPlan ? 1 : 0
      const row = updateStmt.get({ text, tag, participantId, carryToPlan, id, now })
      return row ? toContribution(row) : undefined
    },
    /** `deletedAt` null restores the card. */
    setDeleted(id: string, deletedAt: string | null): Contribution | undefined {
      const row = setDeletedStmt.get(deletedAt, id)
      return row ? toContribution(row) : undefined
    },
    setPositions(ids: readonly string[]): void {
      ids.forEach((id, position) => setPositionStmt.run(position, id))
    }
  }
}

export type ContributionRepository = ReturnType<typeof createContributionRepository>
