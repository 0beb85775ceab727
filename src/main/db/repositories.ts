import { createActionRepository } from './action-repository'
import { createActionReviewRepository } from './action-review-repository'
import { createContributionRepository } from './contribution-repository'
import { createFacilitatorNoteRepository } from './facilitator-note-repository'
import { createFocusRepository } from './focus-repository'
import { createJoinedDeviceRepository } from './joined-device-repository'
import { createParticipantRepository } from './participant-repository'
import { createQuickscanRepository } from './quickscan-repository'
import { createQuickscanRespondentRepository } from './quickscan-respondent-repository'
import { createSchoolRepository } from './school-repository'
import { createSessionChoiceRepository } from './session-choice-repository'
import { createSessionRepository } from './session-repository'
import { createStap2Repository } from './stap2-repository'
import { createStap3Repository } from './stap3-repository'
import { createThemeRepository } from './theme-repository'
import type { Db } from './types'
import { createVoteRepository } from './vote-repository'

/** Every repository over one connection, plus its transaction helper for multi-step writes. */
export function createRepositories(db: Db) {
  // One wrapper for every transaction: better-sqlite3 builds a new one per `db.transaction` call.
  const inTransaction = db.transaction((work: () => unknown) => work())
  return {
    sessions: createSessionRepository(db),
    schools: createSchoolRepository(db),
    participants: createParticipantRepository(db),
    focus: createFocusRepository(db),
    contributions: createContributionRepository(db),
    notes: createFacilitatorNoteRepository(db),
    stap2: createStap2Repository(db),
    stap3: createStap3Repository(db),
    actions: createActionRepository(db),
    reviews: createActionReviewRepository(db),
    quickscans: createQuickscanRepository(db),
    respondents: createQuickscanRespondentRepository(db),
    devices: createJoinedDeviceRepository(db),
    votes: createVoteRepository(db),
    themes: createThemeRepository(db),
    choices: createSessionChoiceRepository(db),
    transaction<T>(work: () => T): T {
      return inTransaction(work) as T
    }
  }
}

export type Repositories = ReturnType<typeof createRepositories>
