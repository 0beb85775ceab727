import Database from 'better-sqlite3'
import { renameSync, rmSync } from 'node:fs'
import { latestVersion, migrate, readSchemaVersion } from './migrate'
import { migrations } from './migrations'
import type { Db, Migration } from './types'

/**
 * better-sqlite3 always copies nothing in its first step; this makes the second copy the rest.
 * Fewer steps leave fewer gaps for other work on the event loop to run into the copy's locks.
 */
const allPages = { progress: () => 0x7fffffff }

/**
 * Copies the live database into `file` with SQLite's online backup API, which takes a
 * consistent snapshot while the app keeps writing. The copy is written under a temporary name
 * and renamed when complete, so a crash never leaves a half backup that looks whole; it is
 * switched to a rollback journal so it is one self-contained file.
 */
export async function writeBackup(db: Db, file: string): Promise<void> {
  const part = `${file}.part`
  rmSync(part, { force: true })
  await db.backup(part, allPages)
  const copy = new Database(part, { fileMustExist: true })
  try {
    copy.pragma('journal_mode = DELETE')
  } finally {
    copy.close()
  }
  renameSync(part, file)
}

export type BackupVerdict = 'ok' | 'beschadigd' | 'nieuwer' | 'onbekend'

/** Whether a backup may replace the live data: it opens, passes quick_check, and is ours. */
export function checkBackupFile(
  file: string,
  list: readonly Migration[] = migrations
): BackupVerdict {
  let db: Database.Database | undefined
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    if (db.pragma('quick_check(1)', { simple: true }) !== 'ok') return 'beschadigd'
    const version = readSchemaVersion(db)
    if (version > latestVersion(list)) return 'nieuwer'
    const tables = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sessions'").get()
    return version > 0 && tables ? 'ok' : 'onbekend'
  } catch {
    return 'beschadigd'
  } finally {
    db?.close()
  }
}

/**
 * Copies a (checked) backup into the live database file through SQLite's backup API, with the
 * live connection open: its next statement reads the restored data, so the services keep
 * working. A backup from an older Samenspel is then migrated like any older database.
 */
export async function copyBackupInto(
  file: string,
  live: Db,
  list: readonly Migration[] = migrations
): Promise<void> {
  const source = new Database(file, { readonly: true, fileMustExist: true })
  const timeout = live.pragma('busy_timeout', { simple: true }) as number
  // The copy holds the live file's write lock between its steps. A write through the live
  // connection in that gap would wait busy_timeout with the event loop (and so the copy)
  // blocked, and fail anyway; without the wait it fails at once.
  live.pragma('busy_timeout = 0')
  try {
    await source.backup(live.name, allPages)
  } finally {
    live.pragma(`busy_timeout = ${timeout}`)
    source.close()
  }
  // The live connection still holds the old schema in memory, and some statements (ALTER TABLE
  // in a migration) are checked against it before SQLite notices the change. Reading the schema
  // table makes it reload first.
  live.prepare('SELECT COUNT(*) FROM sqlite_master').get()
  migrate(live, list)
}

/** Rows this connection changed since it was opened: tells whether a new backup adds anything. */
export function changeCount(db: Db): number {
  return db.prepare<[], number>('SELECT total_changes()').pluck().get() ?? 0
}

export function hasSessions(db: Db): boolean {
  return db.prepare<[], number>('SELECT EXISTS (SELECT 1 FROM sessions)').pluck().get() === 1
}
