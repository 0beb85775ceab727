import type { ActionReviewItem } from '../../shared/domain/action-plan'
import type { PreviousQuickscan } from '../../shared/domain/quickscan'
import type { CardTheme, VoteRound } from '../../shared/domain/votes'

/** An earlier action reviewed at this meeting, with its owner's name looked up. */
export interface ReviewedAction {
  item: ActionReviewItem
  /** Who was to do it: a participant's name or the text typed in; empty when nobody. */
  owner: string
}

/**
 * What the report shows of the meetings around this one, besides the session file: the review
 * of earlier actions, the earlier quickscan, and the votes and themes of this meeting.
 */
export interface ReportHistory {
  reviews: ReviewedAction[]
  previousQuickscan: PreviousQuickscan | null
  votes: VoteRound[]
  themes: CardTheme[]
}

export const noHistory: ReportHistory = {
  reviews: [],
  previousQuickscan: null,
  votes: [],
  themes: []
}
