import type { ApiOutput } from '../shared/api/contract'
import type { ContentBundle } from '../shared/content/content-bundle'
import { loadContent } from './content/load-content'
import { databasePath, openDatabase } from './db/open-database'
import type { Db } from './db/types'
import { createDispatch, type Dispatch } from './services/dispatch'
import { createServices, type DesktopCapabilities } from './services'

export interface AppCore {
  db: Db
  content: ContentBundle
  dispatch: Dispatch
  close(): void
}

export interface AppCoreOptions {
  dataDir: string
  host: ApiOutput<'app.info'>['host']
  version: string
  /** The app's resources/ folder: content packs and the demo session. */
  resourcesDir: string
  desktop?: DesktopCapabilities
}

/** What both hosts share: content, the database in `dataDir`, the services, one dispatch. */
export function openAppCore(options: AppCoreOptions): AppCore {
  const content = loadContent(options.resourcesDir)
  const db = openDatabase(databasePath(options.dataDir))
  const { dataDir, host, version } = options
  const dispatch = createDispatch(
    createServices({
      db,
      content,
      appInfo: { version, host, dataDir },
      desktop: options.desktop,
      resourcesDir: options.resourcesDir
    })
  )
  return {
    db,
    content,
    dispatch,
    close: () => {
      if (db.open) db.close()
    }
  }
}
