import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Backup } from '../../shared/api/backup-methods'
import { changeCount, hasSessions, writeBackup } from '../db/backup-copy'
import type { Db } from '../db/types'
import {
  backupFolderProblem,
  listBackups,
  nextSequence,
  writeOrigin,
  pruneBackups,
  removeStaleParts
} from './backup-list'
import { backupFileName, type BackupReason } from './backup-names'
import { ServiceError } from '../services/service-error'
import { dailyBackupDue } from './daily-backup'
import { restoreBackup } from './restore-backup'

export const backupDirName = 'backups'
export const defaultKeep = 20

export interface BackupStoreOptions {
  db: Db
  dataDir: string
  /** How many backups are kept, of every reason together; the oldest go first. */
  keep?: number
  now?: () => Date
}

/** One backup operation at a time: a restore must not interleave with a backup of the same data. */
function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work)
    tail = run.catch(() => undefined)
    return run
  }
}

export function createBackupStore(options: BackupStoreOptions) {
  const { db } = options
  const dir = join(options.dataDir, backupDirName)
  const keep = options.keep ?? defaultKeep
  const now = options.now ?? (() => new Date())
  const serial = createSerialQueue()
  // total_changes() when the last backup of this run was made; undefined before the first.
  let changesAtBackup: number | undefined
  const changed = () => changesAtBackup === undefined || changeCount(db) !== changesAtBackup
  /** A folder Samenspel cannot use is said in Dutch, where the backups are listed. */
  const usable = () => {
    const problem = backupFolderProblem(dir)
    if (problem) throw new ServiceError('unavailable', `error.backupFolder.${problem}`, { dir })
  }
  const list = () => {
    usable()
    return listBackups(dir)
  }
  removeStaleParts(dir, now())

  async function make(
    reason: BackupReason,
    spare: readonly string[] = [],
    sessionTitle?: string
  ): Promise<Backup> {
    usable()
    mkdirSync(dir, { recursive: true })
    const at = now()
    const sequence = nextSequence(dir, `${at.toISOString().slice(0, 19)}.000Z`)
    const fileName = backupFileName(at, reason, sequence)
    await writeBackup(db, join(dir, fileName))
    if (sessionTitle !== undefined) writeOrigin(dir, fileName, sessionTitle)
    changesAtBackup = changeCount(db)
    // The new backup is spared too: with the clock set back it would sort as the oldest.
    pruneBackups(dir, keep, [fileName, ...spare])
    const made = list().find((backup) => backup.fileName === fileName)
    if (!made) throw new Error(`Backup ${fileName} disappeared right after it was made`)
    return made
  }

  // A folder that cannot hold backups is reported where backups are listed, not every day.
  const dailyDue = () =>
    backupFolderProblem(dir) === null &&
    dailyBackupDue(listBackups(dir), now()) &&
    hasSessions(db) &&
    changed()

  return {
    dir,
    list,
    /** What is wrong with the backups folder, if anything: start-up goes on regardless. */
    folderProblem: () => backupFolderProblem(dir),
    /** A backup now (the facilitator asked for one). */
    create: (reason: BackupReason) => serial(() => make(reason)),
    /** A backup unless nothing changed since the last one this run. */
    createIfChanged: (reason: BackupReason, sessionTitle?: string) =>
      serial(async () => (changed() ? make(reason, [], sessionTitle) : null)),
    /** Decided at the call, so opening the app on an empty database never makes one. */
    dailyIfDue: (): Promise<Backup | null> =>
      dailyDue() ? serial(() => make('dagelijks')) : Promise.resolve(null),
    /** Replaces the live data by the backup's, after saving the live data as `voor-herstel`. */
    restore: (fileName: string) =>
      serial(async () => {
        await restoreBackup({ db, dir, list, make }, fileName)
        // The live data now equals a backup: closing the session right after adds nothing new.
        changesAtBackup = changeCount(db)
      })
  }
}

export type BackupStore = ReturnType<typeof createBackupStore>
