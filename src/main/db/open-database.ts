import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { shortBusyTimeoutMs } from './busy-retry'
import { assertNotNewer, migrate } from './migrate'
import { migrations } from './migrations'
import type { Db, Migration } from './types'

export const databaseFileName = 'samenspel.db'

export function databasePath(dataDir: string): string {
  return join(dataDir, databaseFileName)
}

/**
 * Opens (or creates) the database and migrates it. The version check comes before any pragma
 * that writes, so a file from a newer Samenspel is refused byte-for-byte untouched.
 */
export function openDatabase(file: string, list: readonly Migration[] = migrations): Db {
  mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  try {
    // At start nothing else waits on the event loop: a migration may wait for the lock.
    db.pragma('busy_timeout = 5000')
    assertNotNewer(db, list)
    db.pragma('journal_mode = WAL')
    // FULL: a laptop whose battery dies with the lid closed must still have every
    // acknowledged change. Set explicitly because the default differs between new and
    // reopened files.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    migrate(db, list)
    db.pragma(`busy_timeout = ${shortBusyTimeoutMs}`)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
