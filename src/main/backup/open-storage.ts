import type { StartupProblem } from '../../shared/api/backup-methods'
import { openCheckedDatabase } from '../db/integrity/open-checked'
import type { Db } from '../db/types'
import type { BackupServiceOptions } from '../services/backup-service'
import { dutchErrorText } from '../../shared/i18n/error-text'
import { listBackups } from './backup-list'
import { backupDirName, createBackupStore } from './backup-store'
import { join } from 'node:path'
import { startDailyBackups } from './daily-backup'

export interface Storage {
  db: Db
  /** A damaged database found (and moved aside) at start-up, or null. */
  startupProblem: StartupProblem | null
  backups: BackupServiceOptions
  /** Stops the daily backups and closes the database. */
  close(): void
}

/** The database in `dataDir`, checked for damage, with its backups and their daily timer. */
export function openStorage(dataDir: string): Storage {
  const backupsDir = join(dataDir, backupDirName)
  const { db, damage } = openCheckedDatabase(
    dataDir,
    new Date(),
    () => listBackups(backupsDir).length > 0
  )
  const store = createBackupStore({ db, dataDir })
  // Read before any new backup is made, so the offer is the last one of the damaged data.
  const startupProblem = damage && { ...damage, newestBackup: listBackups(store.dir)[0] ?? null }
  const folder = store.folderProblem()
  // The data itself is fine: start, and say what is wrong with the backups folder.
  if (folder)
    console.error(`[backup] ${dutchErrorText(`error.backupFolder.${folder}`, { dir: store.dir })}`)
  // A backup cut off because the app is closing is no news: it is made again next time.
  const stopDaily = startDailyBackups(store.dailyIfDue, (error) => {
    if (db.open) console.error('[backup]', error)
  })
  return {
    db,
    startupProblem,
    backups: { store, startupProblem },
    close: () => {
      stopDaily()
      if (db.open) db.close()
    }
  }
}
