import type { Action, ReviewEntry, ReviewOutcome } from './action-plan'

/**
 * The carry-over rules of the improvement cycle: an action made at one meeting of a team comes
 * back at every later meeting of that team until one of them decides `klaar` or `vervallen`.
 * Pure, so the rules are tested without a database.
 */

/** Where a session stands in time: by date, then by when it was made (two meetings a day). */
export interface SessionMoment {
  id: string
  title: string
  date: string
  createdAt: string
}

export function compareSessions(a: SessionMoment, b: SessionMoment): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export interface RecordedReview {
  sessionId: string
  actionId: string
  outcome: ReviewOutcome
  note: string
}

/** `meegenomen` (before schema 7) ended the original too: its copy went on in its place. */
export function endsAction(outcome: ReviewOutcome): boolean {
  return outcome === 'klaar' || outcome === 'vervallen' || outcome === 'meegenomen'
}

/** Done or dropped, whether at a review or in the plan itself. */
export function isSettledStatus(status: Action['status']): boolean {
  return status === 'klaar' || status === 'vervallen'
}

/** The deadline passed before `onDate` (yyyy-mm-dd) while the action was still to do. */
export function isOverdue(action: Pick<Action, 'deadline' | 'status'>, onDate: string): boolean {
  return action.deadline !== null && action.deadline < onDate && !isSettledStatus(action.status)
}

/** An action's decisions, the earliest meeting first, with the meeting's title and date. */
export function actionHistory(
  actionId: string,
  reviews: readonly RecordedReview[],
  sessions: ReadonlyMap<string, SessionMoment>
): ReviewEntry[] {
  const entries: { moment: SessionMoment; entry: ReviewEntry }[] = []
  for (const review of reviews) {
    const moment = sessions.get(review.sessionId)
    if (review.actionId !== actionId || !moment) continue
    entries.push({
      moment,
      entry: {
        sessionId: moment.id,
        sessionTitle: moment.title,
        sessionDate: moment.date,
        outcome: review.outcome,
        note: review.note
      }
    })
  }
  return entries.sort((a, b) => compareSessions(a.moment, b.moment)).map(({ entry }) => entry)
}

export interface AgendaItem {
  action: Action
  /** The meeting the action was made in. */
  origin: SessionMoment
  /** This meeting's decision, if it made one. */
  decision: RecordedReview | null
  /** Earlier meetings' decisions (each `loopt-door`: anything else would have ended it). */
  earlier: ReviewEntry[]
  overdue: boolean
}

/**
 * The actions `target` reviews: those of the team's earlier meetings that no meeting before
 * `target` ended, and that were not settled in their own plan. An action `target` itself
 * decided stays on its list, so the choice can be seen and changed. Oldest meeting first,
 * then in each plan's priority order.
 */
export function reviewAgenda(
  target: SessionMoment,
  teamSessions: readonly SessionMoment[],
  actions: readonly Action[],
  reviews: readonly RecordedReview[]
): AgendaItem[] {
  const moments = new Map(teamSessions.map((session) => [session.id, session]))
  const before = (session: SessionMoment) => compareSessions(session, target) < 0
  const items: AgendaItem[] = []
  for (const action of actions) {
    const origin = moments.get(action.sessionId)
    if (!origin || !before(origin)) continue
    const history = actionHistory(action.id, reviews, moments)
    const decision =
      reviews.find((review) => review.actionId === action.id && review.sessionId === target.id) ??
      null
    const earlier = history.filter((entry) => {
      const moment = moments.get(entry.sessionId)
      return moment !== undefined && before(moment)
    })
    const endedEarlier = earlier.some((entry) => endsAction(entry.outcome))
    if (!decision) {
      if (endedEarlier) continue
      // Settled without a review (in the plan itself, or by a later meeting): not on the list.
      if (isSettledStatus(action.status)) continue
      if (history.some((entry) => endsAction(entry.outcome))) continue
    } else if (endedEarlier) {
      continue
    }
    items.push({
      action,
      origin,
      decision,
      earlier,
      overdue: action.deadline !== null && action.deadline < target.date
    })
  }
  return items.sort(
    (a, b) => compareSessions(a.origin, b.origin) || a.action.position - b.action.position
  )
}

/** What became of an action in the end, for its own meeting and the school's page. */
export type ActionFate = 'open' | 'loopt-door' | 'klaar' | 'vervallen' | 'meegenomen'

export function actionFate(action: Action, history: readonly ReviewEntry[]): ActionFate {
  const last = history.at(-1)
  const ended = history.find((entry) => endsAction(entry.outcome))
  if (ended) return ended.outcome as ActionFate
  if (action.status === 'klaar' || action.status === 'vervallen') return action.status
  // Started in its own plan ("bezig") is under way as much as a review's "loopt door".
  if (action.status === 'bezig') return 'loopt-door'
  return last?.outcome === 'loopt-door' ? 'loopt-door' : 'open'
}
