import type { StartupProblem } from '../../shared/api/backup-methods'
import type { ApiHandlers } from '../../shared/api/contract'
import type { BackupStore } from '../backup/backup-store'
import { BackupRefused } from '../backup/restore-backup'
import { ServiceError } from './service-error'

export interface BackupServiceOptions {
  store: BackupStore
  /** What start-up found wrong with the database; forgotten once a backup is restored. */
  startupProblem: StartupProblem | null
}

type BackupHandlers = Pick<
  ApiHandlers,
  'backup.list' | 'backup.create' | 'backup.restore' | 'session.close' | 'app.startupProblem'
>

const unavailable = (): ServiceError => new ServiceError('unavailable', 'error.backupsUnavailable')

/**
 * A backup that could not be written (disk full, folder read-only) leaves the data itself as
 * it was; the facilitator hears that, not a generic error.
 */
async function orFailPlainly<T>(work: Promise<T>): Promise<T> {
  try {
    return await work
  } catch (error) {
    // Already said in Dutch for what it is (a backups folder that is no folder).
    if (error instanceof ServiceError) throw error
    console.error('[backup]', error)
    throw new ServiceError('unavailable', 'error.backupFailed')
  }
}

/** Without options (an in-memory database in tests) there is nothing to back up. */
function createWithoutBackups(): BackupHandlers {
  return {
    'backup.list': () => [],
    'backup.create': () => {
      throw unavailable()
    },
    'backup.restore': () => {
      throw unavailable()
    },
    'session.close': () => ({ backup: null }),
    'app.startupProblem': () => null
  }
}

export function createBackupService(
  options: BackupServiceOptions | undefined,
  sessionTitle: (sessionId: string) => string | undefined = () => undefined
): BackupHandlers {
  if (!options) return createWithoutBackups()
  const { store } = options
  let problem = options.startupProblem
  return {
    'backup.list': () => store.list(),
    'backup.create': () => orFailPlainly(store.create('handmatig')),
    'backup.restore': async ({ fileName }) => {
      try {
        await store.restore(fileName)
      } catch (error) {
        if (error instanceof BackupRefused) throw new ServiceError('validation', error.message)
        throw error
      }
      problem = null
      return { restored: true }
    },
    // Also after a session was deleted: the deletion is a change worth a backup.
    'session.close': async ({ sessionId }) => ({
      backup: await orFailPlainly(store.createIfChanged('sessie-gesloten', sessionTitle(sessionId)))
    }),
    'app.startupProblem': () => problem
  }
}
