import { backupSchema, type Backup } from '../../shared/api/backup-methods'
import { fileTimestamp } from '../db/file-timestamp'

export type BackupReason = Backup['reason']

const reasons = backupSchema.shape.reason.options

// samenspel-2026-11-22T09-05-07-dagelijks.db, with -2, -3, … when that name was taken.
const namePattern = new RegExp(
  `^samenspel-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(${reasons.join('|')})` +
    `(?:-(\\d+))?\\.db$`
)

export interface BackupName {
  createdAt: string
  reason: BackupReason
  /** 1 for the first backup of that second and reason, 2 for the next, … */
  sequence: number
}

/** The name without its sequence number and extension. */
export function backupBaseName(date: Date, reason: BackupReason): string {
  return `samenspel-${fileTimestamp(date)}-${reason}`
}

/** samenspel-…-dagelijks.db for the first of its second, then …-dagelijks-2.db, -3, … */
export function backupFileName(date: Date, reason: BackupReason, sequence: number): string {
  const base = backupBaseName(date, reason)
  return sequence > 1 ? `${base}-${sequence}.db` : `${base}.db`
}

/** What a backup's name says about it; undefined for any other file (or a path). */
export function parseBackupName(fileName: string): BackupName | undefined {
  const match = namePattern.exec(fileName)
  if (!match) return undefined
  const [, date, hh, mm, ss, reason, sequence] = match
  const createdAt = `${date}T${hh}:${mm}:${ss}.000Z`
  // Rejects impossible dates (2026-02-31) that Date would quietly roll over.
  const parsed = new Date(createdAt)
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString() !== createdAt) return undefined
  return {
    createdAt,
    reason: reason as BackupReason,
    sequence: sequence ? Number(sequence) : 1
  }
}
