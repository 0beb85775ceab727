import Database from 'better-sqlite3'
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import type { StartupProblem } from '../../../shared/api/backup-methods'
import {
  declaredPageCount,
  declaredPageSize,
  hasSqliteMagic,
  headerSize,
  looksLikeSqlitePages
} from './sqlite-header'

export type DamageKind = StartupProblem['kind']

function readHead(file: string, length: number): Buffer {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(length)
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0))
  } finally {
    closeSync(fd)
  }
}

/**
 * Errors that mean the file itself is bad. Anything else (a lock held by another Samenspel, a
 * file we may not read) is not damage: moving a healthy database aside would be far worse than
 * refusing to start.
 */
function isDamageError(error: unknown): boolean {
  return error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code)
}

/** SQLite's own verdict, read-only so a damaged file stays exactly as it was found. */
function passesQuickCheck(file: string): boolean {
  let db: Database.Database | undefined
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    return db.pragma('quick_check(1)', { simple: true }) === 'ok'
  } catch (error) {
    if (isDamageError(error)) return false
    throw error
  } finally {
    db?.close()
  }
}

/** Cut short: not whole pages, or fewer pages than the header says the file has. */
function isShort(head: Buffer, fileSize: number, pageSize: number): boolean {
  const count = declaredPageCount(head)
  return fileSize % pageSize !== 0 || (count !== undefined && fileSize < count * pageSize)
}

/**
 * What is wrong with the database file, or null when nothing is (or there is no file yet).
 * The header tells the kind of damage; SQLite's quick_check decides whether a file with a
 * sound header is damaged at all.
 */
export function detectDamage(file: string): DamageKind | null {
  if (!existsSync(file)) return null
  const size = statSync(file).size
  // SQLite treats an empty file as a new, empty database.
  if (size === 0) return null
  const head = readHead(file, 512)
  if (!hasSqliteMagic(head)) {
    return looksLikeSqlitePages(head, size) ? 'kop-beschadigd' : 'geen-database'
  }
  const pageSize = declaredPageSize(head)
  if (pageSize === undefined) return size < headerSize ? 'afgekapt' : 'kop-beschadigd'
  if (passesQuickCheck(file)) return null
  return isShort(head, size, pageSize) ? 'afgekapt' : 'pagina-beschadigd'
}
