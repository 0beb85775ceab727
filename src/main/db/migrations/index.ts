import type { Migration } from '../types'
import { migration0001Init } from './0001-init'
import { migration0002SessionWorkspace } from './0002-session-workspace'
import { migration0003ActionPlan } from './0003-action-plan'
import { migration0004Quickscan } from './0004-quickscan'
import { migration0005Joining } from './0005-joining'
import { migration0006SchoolsTeams } from './0006-schools-teams'
import { migration0007ActionDecisions } from './0007-action-decisions'
import { migration0008Votes } from './0008-votes'
import { migration0009MergeCredits } from './0009-merge-credits'
import { migration0011SessionChoices } from './0011-session-choices'
import { migration0012ChangeVersion } from './0012-change-version'
import { migration0013CardPositions } from './0013-card-positions'
import { migration0014CardMarksSession } from './0014-card-marks-session'

/** Every schema version in order; a new version is a new file added here, never an edit. */
export const migrations: readonly Migration[] = [
  migration0001Init,
  migration0002SessionWorkspace,
  migration0003ActionPlan,
  migration0004Quickscan,
  migration0005Joining,
  migration0006SchoolsTeams,
  migration0007ActionDecisions,
  migration0008Votes,
  migration0009MergeCredits,
  migration0011SessionChoices,
  migration0012ChangeVersion,
  migration0013CardPositions,
  migration0014CardMarksSession
]
