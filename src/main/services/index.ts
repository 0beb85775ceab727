import { randomUUID } from 'node:crypto'
import type { ApiHandlers, ApiOutput } from '../../shared/api/contract'
import { createRepositories } from '../db/repositories'
import type { Db } from '../db/types'
import { createParticipantService } from './participant-service'
import type { ServiceContext } from './service-context'
import { createSessionService } from './session-service'

export interface ServicesOptions {
  db: Db
  appInfo: ApiOutput<'app.info'>
  now?: () => string
  newId?: () => string
}

/** The whole API, implemented; transports only ever see this through the dispatch. */
export function createServices(options: ServicesOptions): ApiHandlers {
  const ctx: ServiceContext = {
    repos: createRepositories(options.db),
    now: options.now ?? (() => new Date().toISOString()),
    newId: options.newId ?? randomUUID
  }
  return {
    'app.info': () => options.appInfo,
    ...createSessionService(ctx),
    ...createParticipantService(ctx)
  }
}
