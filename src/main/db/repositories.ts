import { createParticipantRepository } from './participant-repository'
import { createSessionRepository } from './session-repository'
import type { Db } from './types'

/** Every repository over one connection, plus its transaction helper for multi-step writes. */
export function createRepositories(db: Db) {
  return {
    sessions: createSessionRepository(db),
    participants: createParticipantRepository(db),
    transaction<T>(work: () => T): T {
      return db.transaction(work)()
    }
  }
}

export type Repositories = ReturnType<typeof createRepositories>
