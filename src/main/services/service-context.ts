import type { Repositories } from '../db/repositories'

/** What every service needs; clock and ids are injected so tests can pin them. */
export interface ServiceContext {
  repos: Repositories
  now: () => string
  newId: () => string
}
