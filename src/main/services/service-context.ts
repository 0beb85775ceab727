import type { BusyGate } from '../db/busy-retry'
import type { ContentBundle } from '../../shared/content/content-bundle'
import type { Repositories } from '../db/repositories'
import type { ContentIds } from './content-ids'

/** What every service needs; clock and ids are injected so tests can pin them. */
export interface ServiceContext {
  repos: Repositories
  /** The content packs, validated at start-up. */
  content: ContentBundle
  /** Lookups of the content's ids, built once from `content`. */
  ids: ContentIds
  now: () => string
  newId: () => string
  /** Samenspel's version, written into exported session files. */
  appVersion: string
  /** Every call on the database goes through it: it waits for a lock another program holds. */
  busyGate: BusyGate
}
