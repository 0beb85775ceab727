import type { VersionStore } from '../services/change-log'
import type { Db } from './types'

/** The sessions' change versions in their own column; a missing session reads as 1. */
export function createChangeVersionStore(db: Db): VersionStore {
  const readStmt = db
    .prepare<[string], number>('SELECT change_version FROM sessions WHERE id = ?')
    .pluck()
  const writeStmt = db.prepare('UPDATE sessions SET change_version = ? WHERE id = ?')
  return {
    read: (sessionId) => readStmt.get(sessionId) ?? 1,
    write: (sessionId, version) => {
      writeStmt.run(version, sessionId)
    }
  }
}
