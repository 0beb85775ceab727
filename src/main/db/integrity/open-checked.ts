import type { StartupProblem } from '../../../shared/api/backup-methods'
import { databasePath, openDatabase } from '../open-database'
import type { Db } from '../types'
import { detectDamage } from './detect-damage'
import { quarantineDatabase } from './quarantine'

/** A damaged database found at start-up, and where it went. */
export type DatabaseDamage = Pick<StartupProblem, 'kind' | 'movedTo'>

export interface CheckedDatabase {
  db: Db
  damage: DatabaseDamage | null
}

/**
 * Opens the data directory's database. A damaged file is moved aside first and a fresh, empty
 * database takes its place, so the app still starts and the facilitator can restore a backup.
 * A database from a newer Samenspel is not damaged: `openDatabase` refuses it as always.
 */
export function openCheckedDatabase(dataDir: string, now = new Date()): CheckedDatabase {
  const file = databasePath(dataDir)
  const kind = detectDamage(file)
  const damage = kind && { kind, movedTo: quarantineDatabase(file, dataDir, now) }
  return { db: openDatabase(file), damage }
}
