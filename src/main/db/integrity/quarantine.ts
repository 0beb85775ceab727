import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { fileTimestamp, unusedFileName } from '../file-timestamp'

/** Where damaged databases go, inside the data directory. */
export const quarantineDirName = 'beschadigd'

const companions = ['-wal', '-shm']

/**
 * Moves a damaged database and its -wal/-shm into `<dataDir>/beschadigd/` under a name no other
 * file has, and returns the database's new path. Nothing is deleted: what is damaged for
 * SQLite may still hold text someone can rescue.
 */
export function quarantineDatabase(file: string, dataDir: string, now: Date): string {
  const dir = join(dataDir, quarantineDirName)
  mkdirSync(dir, { recursive: true })
  const name = unusedFileName(dir, `samenspel-${fileTimestamp(now)}`, '.db', companions)
  const target = join(dir, name)
  // The -wal goes first: left beside a fresh database, SQLite would replay it into that one.
  for (const suffix of companions) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix)
  }
  renameSync(file, target)
  return target
}
