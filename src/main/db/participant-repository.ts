import type { Participant } from '../../shared/domain/session'
import type { Db } from './types'

interface ParticipantRow {
  id: string
  session_id: string
  name: string
  role: string
  position: number
}

function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    sessionId: row.session_id,
    name: row.name,
    role: row.role,
    position: row.position
  }
}

export function createParticipantRepository(db: Db) {
  const listStmt = db.prepare<[string], ParticipantRow>(
    'SELECT * FROM participants WHERE session_id = ? ORDER BY position, rowid'
  )
  const getStmt = db.prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE id = ?')
  const nextPositionStmt = db.prepare<[string], { next: number }>(
    'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM participants WHERE session_id = ?'
  )
  const insertStmt = db.prepare(
    `INSERT INTO participants (id, session_id, name, role, position)
     VALUES (@id, @sessionId, @name, @role, @position)`
  )
  const updateStmt = db.prepare('UPDATE participants SET name = @name, role = @role WHERE id = @id')
  const deleteStmt = db.prepare('DELETE FROM participants WHERE id = ?')
  const creditedStmt = db.prepare<[string], number>(
    'SELECT COUNT(*) FROM contributions WHERE participant_id = ? AND deleted_at IS NULL'
  )

  return {
    listForSession(sessionId: string): Participant[] {
      return listStmt.all(sessionId).map(toParticipant)
    },
    get(id: string): Participant | undefined {
      const row = getStmt.get(id)
      return row ? toParticipant(row) : undefined
    },
    insert(participant: Omit<Participant, 'position'>): Participant {
      const position = nextPositionStmt.get(participant.sessionId)?.next ?? 0
      const row = { ...participant, position }
      insertStmt.run(row)
      return row
    },
    /** Stores the participant at the given position (an imported session keeps its order). */
    insertExactly(participant: Participant): void {
      insertStmt.run(participant)
    },
    update(id: string, name: string, role: string): boolean {
      return updateStmt.run({ id, name, role }).changes > 0
    },
    /** The cards (not deleted) that name this participant as who said it. */
    creditedCards(id: string): number {
      return creditedStmt.pluck().get(id) ?? 0
    },
    delete(id: string): boolean {
      return deleteStmt.run(id).changes > 0
    }
  }
}

export type ParticipantRepository = ReturnType<typeof createParticipantRepository>
