import { closeSync, existsSync, openSync, statfsSync } from 'node:fs'
import { dirname } from 'node:path'
import type { StorageCause } from '../../shared/api/result'

/**
 * Error codes of SQLite (better-sqlite3's SqliteError.code, extended codes included) and of
 * Node's file system, grouped by what the facilitator can do about them.
 */
const sqliteCauses: [prefix: string, cause: StorageCause][] = [
  ['SQLITE_BUSY', 'busy'],
  ['SQLITE_LOCKED', 'busy'],
  ['SQLITE_FULL', 'full'],
  ['SQLITE_READONLY', 'read_only'],
  ['SQLITE_PERM', 'permission'],
  ['SQLITE_AUTH', 'permission'],
  ['SQLITE_IOERR', 'io'],
  ['SQLITE_CANTOPEN', 'io']
]

const errnoCauses: Record<string, StorageCause> = {
  EBUSY: 'busy',
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'read_only',
  ENOTDIR: 'not_directory',
  EISDIR: 'not_directory',
  EACCES: 'permission',
  EPERM: 'permission',
  EIO: 'io'
}

/** What is wrong with the disk or the file, or null when `error` is not a storage fault. */
export function storageCauseOf(error: unknown): StorageCause | null {
  if (typeof error !== 'object' || error === null) return null
  const code = (error as { code?: unknown }).code
  if (typeof code !== 'string') return null
  if (code.startsWith('SQLITE_')) {
    // SQLITE_IOERR_NOMEM and friends are extended codes of a wider group: match by prefix.
    const found = sqliteCauses.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))
    return found ? found[1] : null
  }
  return errnoCauses[code] ?? null
}

/**
 * SQLite reports a file it may no longer write, or a disk with no room left, as a plain I/O
 * error (SQLITE_IOERR_WRITE). Looking at the files themselves tells the cases apart.
 */
export function diagnoseStorageFault(error: unknown, databaseFile: string): StorageCause | null {
  const cause = storageCauseOf(error)
  if (cause !== 'io') return cause
  try {
    if (statfsSync(dirname(databaseFile)).bavail === 0) return 'full'
  } catch {
    // No answer from the file system: the probe below may still find out.
  }
  for (const file of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`]) {
    if (!existsSync(file)) continue
    try {
      closeSync(openSync(file, 'r+'))
    } catch (probe) {
      const probeCause = storageCauseOf(probe)
      if (probeCause === 'permission' || probeCause === 'read_only') return 'read_only'
      if (probeCause) return probeCause
    }
  }
  return cause
}
