import type { ClusterPriority } from '../../shared/domain/quickscan'
import type { Db } from './types'

interface QuickscanRow {
  id: string
  session_id: string
  revealed: number
  pack_version: number
  created_at: string
}

interface PriorityRow {
  cluster_id: string
  priority: string
  support: string
  first_step: string
}

/** A session's quickscan without its respondents and priorities. */
export interface QuickscanHead {
  id: string
  sessionId: string
  revealed: boolean
  /** The quickscan pack version the scan was answered on. */
  packVersion: number
  createdAt: string
}

const toHead = (row: QuickscanRow): QuickscanHead => ({
  id: row.id,
  sessionId: row.session_id,
  revealed: row.revealed === 1,
  packVersion: row.pack_version,
  createdAt: row.created_at
})

const toPriority = (row: PriorityRow): ClusterPriority => ({
  clusterId: row.cluster_id,
  priority: row.priority,
  support: row.support,
  firstStep: row.first_step
})

/** The quickscan of a session and the team's priorities per cluster. */
export function createQuickscanRepository(db: Db) {
  const forSessionStmt = db.prepare<[string], QuickscanRow>(
    'SELECT * FROM quickscans WHERE session_id = ?'
  )
  // A session has one quickscan: a second insert for it is a no-op, not an error.
  const insertStmt = db.prepare(
    `INSERT INTO quickscans (id, session_id, revealed, pack_version, created_at)
     VALUES (@id, @sessionId, @revealed, @packVersion, @createdAt) ON CONFLICT DO NOTHING`
  )
  const setRevealedStmt = db.prepare('UPDATE quickscans SET revealed = ? WHERE id = ?')
  const prioritiesStmt = db.prepare<[string], PriorityRow>(
    `SELECT cluster_id, priority, support, first_step FROM quickscan_priorities
     WHERE quickscan_id = ?`
  )
  const setPriorityStmt = db.prepare<[Record<string, unknown>], PriorityRow>(
    `INSERT INTO quickscan_priorities (quickscan_id, cluster_id, priority, support, first_step)
     VALUES (@quickscanId, @clusterId, @priority, @support, @firstStep)
     ON CONFLICT (quickscan_id, cluster_id) DO UPDATE SET priority = excluded.priority,
       support = excluded.support, first_step = excluded.first_step
     RETURNING cluster_id, priority, support, first_step`
  )

  const forSession = (sessionId: string): QuickscanHead | undefined => {
    const row = forSessionStmt.get(sessionId)
    return row ? toHead(row) : undefined
  }

  return {
    forSession,
    /** The session's quickscan, made with `head` when it has none yet. */
    ensure(head: QuickscanHead): QuickscanHead {
      insertStmt.run({ ...head, revealed: head.revealed ? 1 : 0 })
      // The insert above or an earlier one stored it, so it is there.
      return forSession(head.sessionId) as QuickscanHead
    },
    setRevealed(id: string, revealed: boolean): void {
      setRevealedStmt.run(revealed ? 1 : 0, id)
    },
    priorities(quickscanId: string): ClusterPriority[] {
      return prioritiesStmt.all(quickscanId).map(toPriority)
    },
    setPriority(quickscanId: string, priority: ClusterPriority): ClusterPriority {
      // An upsert with RETURNING always yields the stored row.
      return toPriority(setPriorityStmt.get({ quickscanId, ...priority }) as PriorityRow)
    }
  }
}

export type QuickscanRepository = ReturnType<typeof createQuickscanRepository>
