import type { ApiOutput } from '../shared/api/contract'
import { databasePath, openDatabase } from './db/open-database'
import type { Db } from './db/types'
import { createDispatch, type Dispatch } from './services/dispatch'
import { createServices } from './services'

export interface AppCore {
  db: Db
  dispatch: Dispatch
  close(): void
}

/** What both hosts share: the database in `dataDir`, the services and the one dispatch. */
export function openAppCore(
  dataDir: string,
  host: ApiOutput<'app.info'>['host'],
  version: string
): AppCore {
  const db = openDatabase(databasePath(dataDir))
  const dispatch = createDispatch(createServices({ db, appInfo: { version, host, dataDir } }))
  return {
    db,
    dispatch,
    close: () => {
      if (db.open) db.close()
    }
  }
}
