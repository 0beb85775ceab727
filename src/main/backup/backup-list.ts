import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Backup } from '../../shared/api/backup-methods'
import { parseBackupName } from './backup-names'

interface Listed {
  backup: Backup
  sequence: number
  mtimeMs: number
}

// Names carry seconds only; within one second the sequence number, then the file's time, decide.
const newestFirst = (a: Listed, b: Listed): number =>
  b.backup.createdAt.localeCompare(a.backup.createdAt) ||
  b.sequence - a.sequence ||
  b.mtimeMs - a.mtimeMs

function describe(dir: string, fileName: string): Listed | undefined {
  const parsed = parseBackupName(fileName)
  // A file pruned by another Samenspel on the same data directory between listing and stat.
  const stat = parsed && statSync(join(dir, fileName), { throwIfNoEntry: false })
  if (!parsed || !stat?.isFile()) return undefined
  const { createdAt, reason, sequence } = parsed
  return {
    backup: { fileName, createdAt, sizeBytes: stat.size, reason },
    sequence,
    mtimeMs: stat.mtimeMs
  }
}

/** The backups in `dir`, newest first; files with other names are not backups and are left out. */
export function listBackups(dir: string): Backup[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .flatMap((name) => describe(dir, name) ?? [])
    .sort(newestFirst)
    .map((listed) => listed.backup)
}

/** Deletes the oldest backups beyond `keep`, except the ones named in `spare`. */
export function pruneBackups(dir: string, keep: number, spare: readonly string[]): void {
  for (const old of listBackups(dir).slice(keep)) {
    if (!spare.includes(old.fileName)) rmSync(join(dir, old.fileName), { force: true })
  }
}

/** A `.part` an hour old is what a crash mid-backup left; a younger one may still be written. */
export function removeStaleParts(dir: string, now: Date): void {
  if (!existsSync(dir)) return
  for (const name of readdirSync(dir)) {
    const stat = name.endsWith('.part') && statSync(join(dir, name), { throwIfNoEntry: false })
    if (stat && now.getTime() - stat.mtimeMs > 60 * 60 * 1000) rmSync(join(dir, name))
  }
}
