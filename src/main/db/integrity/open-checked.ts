import { statSync } from 'node:fs'
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
export function openCheckedDatabase(
  dataDir: string,
  now = new Date(),
  hasBackups: () => boolean = () => false
): CheckedDatabase {
  const file = databasePath(dataDir)
  // SQLite opens a zero-byte file as a new, empty database. With backups beside it, it is a
  // database that lost everything (a sync tool, a full disk): say so and offer the newest.
  const emptied = statSync(file, { throwIfNoEntry: false })?.size === 0 && hasBackups()
  const kind = detectDamage(file) ?? (emptied ? 'afgekapt' : null)
  const damage = kind && { kind, movedTo: quarantineDatabase(file, dataDir, now) }
  return { db: openDatabase(file), damage }
}
