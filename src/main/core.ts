import type { StartupProblem } from '../shared/api/backup-methods'
import type { ApiOutput } from '../shared/api/contract'
import type { ContentBundle, ContentPackError } from '../shared/content/content-bundle'
import { loadContent, loadContentWithOverrides, type PackSource } from './content/load-content'
import { openStorage } from './backup/open-storage'
import type { Db } from './db/types'
import { createParticipantHost } from './participant/participant-host'
import { createDispatch, type Dispatch } from './services/dispatch'
import { createServices, type DesktopCapabilities } from './services'

export interface AppCore {
  db: Db
  content: ContentBundle
  dispatch: Dispatch
  /** A damaged database found at start-up (it was moved aside), or null. */
  startupProblem: StartupProblem | null
  /** Where each pack came from, when the host looks for a trainer's own packs. */
  contentSources: Record<keyof ContentBundle, PackSource> | null
  /** A trainer's packs that were invalid and skipped (the shipped pack is used instead). */
  contentProblems: ContentPackError[]
  close(): void
}

export interface AppCoreOptions {
  dataDir: string
  host: ApiOutput<'app.info'>['host']
  version: string
  /** The app's resources/ folder: content packs and the demo session. */
  resourcesDir: string
  desktop?: DesktopCapabilities
  /** A folder of the trainer's own packs, overriding the shipped ones (see load-content.ts). */
  contentOverrideDir?: string
  /** The built renderer (out/renderer), whose participant.html joined devices are served. */
  rendererDir?: string
}

/** What both hosts share: content, the database in `dataDir`, the services, one dispatch. */
export function openAppCore(options: AppCoreOptions): AppCore {
  const loaded = options.contentOverrideDir
    ? loadContentWithOverrides(options.resourcesDir, options.contentOverrideDir)
    : null
  const content = loaded?.content ?? loadContent(options.resourcesDir)
  const storage = openStorage(options.dataDir)
  const { db } = storage
  const { dataDir, host, version } = options
  const participants = createParticipantHost({ rendererDir: options.rendererDir })
  const dispatch = createDispatch(
    createServices({
      db,
      content,
      appInfo: { version, host, dataDir },
      desktop: options.desktop,
      resourcesDir: options.resourcesDir,
      backups: storage.backups,
      participants
    })
  )
  return {
    db,
    content,
    dispatch,
    startupProblem: storage.startupProblem,
    contentSources: loaded?.sources ?? null,
    contentProblems: loaded?.problems ?? [],
    close: () => {
      // Sync part first: every device token is revoked and the port closes before the store.
      void participants.stop()
      storage.close()
    }
  }
}
