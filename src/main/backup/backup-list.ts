import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
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
    backup: {
      fileName,
      createdAt,
      sizeBytes: stat.size,
      reason,
      sessionTitle: originOf(dir, fileName)
    },
    sequence,
    mtimeMs: stat.mtimeMs
  }
}

/** Why the backups folder cannot be used: a file of that name, or no permission to read it. */
export type BackupFolderProblem = 'not_directory' | 'permission'

/** Whether `dir` can hold backups; null when it can (or does not exist yet). */
export function backupFolderProblem(dir: string): BackupFolderProblem | null {
  const stat = statSync(dir, { throwIfNoEntry: false })
  if (!stat) return null
  if (!stat.isDirectory()) return 'not_directory'
  try {
    readdirSync(dir)
    return null
  } catch {
    return 'permission'
  }
}

/** The names in `dir`, or none when it is missing or unusable (the caller reports that). */
function namesIn(dir: string): string[] {
  if (backupFolderProblem(dir) !== null || !existsSync(dir)) return []
  return readdirSync(dir)
}

/** Beside a backup: which session's closing made it, so the list can name it. */
const originFile = (dir: string, fileName: string) => join(dir, `${fileName}.sessie.json`)

export function writeOrigin(dir: string, fileName: string, sessionTitle: string): void {
  writeFileSync(originFile(dir, fileName), JSON.stringify({ sessionTitle }))
}

function originOf(dir: string, fileName: string): string | null {
  try {
    const { sessionTitle } = JSON.parse(readFileSync(originFile(dir, fileName), 'utf8')) as {
      sessionTitle?: unknown
    }
    return typeof sessionTitle === 'string' ? sessionTitle.slice(0, 200) : null
  } catch {
    return null
  }
}

/** The backups in `dir`, newest first; files with other names are not backups and are left out. */
export function listBackups(dir: string): Backup[] {
  return namesIn(dir)
    .flatMap((name) => describe(dir, name) ?? [])
    .sort(newestFirst)
    .map((listed) => listed.backup)
}

/** Deletes the oldest backups beyond `keep`, except the ones named in `spare`. */
export function pruneBackups(dir: string, keep: number, spare: readonly string[]): void {
  for (const old of listBackups(dir).slice(keep)) {
    if (spare.includes(old.fileName)) continue
    rmSync(join(dir, old.fileName), { force: true })
    rmSync(originFile(dir, old.fileName), { force: true })
  }
}

/**
 * At start no backup of ours is being written: a `.part` is what a crash mid-backup left, as
 * big as the database. Only one touched in the last seconds may belong to another Samenspel
 * on the same data directory that is writing it right now.
 */
export function removeStaleParts(dir: string, now: Date, youngMs = 10_000): void {
  for (const name of namesIn(dir)) {
    const stat = name.endsWith('.part') && statSync(join(dir, name), { throwIfNoEntry: false })
    if (stat && now.getTime() - stat.mtimeMs > youngMs) rmSync(join(dir, name), { force: true })
  }
}

/**
 * The sequence number for a backup made in `second`: one past every backup of that second,
 * whatever its reason, so a number freed by pruning is never reused and the name order is
 * always the order of creation.
 */
export function nextSequence(dir: string, createdAt: string): number {
  const same = namesIn(dir)
    .map((name) => parseBackupName(name.replace(/\.part$/, '')))
    .filter((parsed) => parsed?.createdAt === createdAt)
  return Math.max(0, ...same.map((parsed) => parsed?.sequence ?? 0)) + 1
}
