import type { ApiHandlers, ApiParsedInput } from '../../shared/api/contract'
import { actionHistory, reviewAgenda, type AgendaItem } from '../../shared/domain/action-cycle'
import type {
  Action,
  ActionReviewItem,
  ReviewDecision,
  ReviewEntry
} from '../../shared/domain/action-plan'
import type { SessionSummary } from '../../shared/domain/session'
import type { ActionReview } from '../db/action-review-repository'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'
import { changeSession, sessionNotFound } from './session-service'

type ReviewHandlers = Pick<
  ApiHandlers,
  | 'review.list'
  | 'review.set'
  | 'action.fates'
  | 'session.getNextMeeting'
  | 'session.setNextMeeting'
>

/** The actions of the team's earlier meetings that `session` reviews; see `reviewAgenda`. */
function agenda(ctx: ServiceContext, session: SessionSummary): AgendaItem[] {
  if (!session.teamId) return []
  const { repos } = ctx
  return reviewAgenda(
    session,
    repos.sessions.listForTeam(session.teamId),
    repos.actions.listForTeam(session.teamId),
    repos.reviews.listForTeam(session.teamId)
  )
}

const toItem = (item: AgendaItem): ActionReviewItem => ({
  action: item.action,
  previousSessionTitle: item.origin.title,
  previousSessionDate: item.origin.date,
  outcome: item.decision?.outcome ?? null,
  note: item.decision?.note ?? '',
  earlier: item.earlier,
  overdue: item.overdue
})

/** Takes back what the recorded decision did: the earlier status, a pre-0007 copy. */
function undoOutcome(ctx: ServiceContext, review: ActionReview | undefined, now: string): void {
  const { actions } = ctx.repos
  const settled = review?.outcome === 'klaar' || review?.outcome === 'vervallen'
  if (settled && review.previousStatus) {
    actions.setStatus(review.actionId, review.previousStatus, now)
  }
  if (review?.outcome === 'meegenomen' && review.carriedActionId) {
    actions.setDeleted(review.carriedActionId, now)
  }
}

/** Does what `outcome` means to the action and returns the review to store. */
function recordOutcome(
  ctx: ServiceContext,
  sessionId: string,
  earlier: Action,
  outcome: ReviewDecision,
  note: string,
  now: string
): ActionReview {
  const review: ActionReview = {
    sessionId,
    actionId: earlier.id,
    outcome,
    note,
    previousStatus: null,
    carriedActionId: null
  }
  if (outcome === 'klaar' || outcome === 'vervallen') {
    review.previousStatus = earlier.status
    ctx.repos.actions.setStatus(earlier.id, outcome, now)
  }
  return review
}

const notOnAgenda = (): ServiceError => new ServiceError('validation', 'error.reviewNotOpen')

const reasonMissing = (): ServiceError =>
  new ServiceError('validation', 'error.reviewReasonMissing')

/** Records the decision (null clears it) in one transaction; the previous one is undone. */
function setOutcome(ctx: ServiceContext, input: ApiParsedInput<'review.set'>): ActionReviewItem {
  const { sessionId, actionId, outcome, note } = input
  const { repos } = ctx
  if (outcome === 'vervallen' && note === '') throw reasonMissing()
  return changeSession(ctx, sessionId, (now) => {
    // changeSession has just found the session.
    const session = repos.sessions.get(sessionId) as SessionSummary
    const item = agenda(ctx, session).find((candidate) => candidate.action.id === actionId)
    if (!item) throw notOnAgenda()
    const recorded = repos.reviews.get(sessionId, actionId)
    if (recorded?.outcome === outcome && recorded.note === note) return toItem(item)
    if ((recorded?.outcome ?? null) !== outcome) undoOutcome(ctx, recorded, now)
    const earlier = repos.actions.get(actionId)?.action ?? item.action
    if (outcome === null) {
      repos.reviews.delete(sessionId, actionId)
    } else if (recorded?.outcome === outcome) {
      // Only the note changed: the action's status was already set.
      repos.reviews.set({ ...recorded, note })
    } else {
      repos.reviews.set(recordOutcome(ctx, sessionId, earlier, outcome, note, now))
    }
    // The earlier meeting's plan shows the action's fate: it changed too.
    repos.sessions.touch(earlier.sessionId, now)
    const updated = agenda(ctx, session).find((candidate) => candidate.action.id === actionId)
    return toItem(updated ?? item)
  })
}

/** What later meetings decided about each of the session's actions. */
function fates(ctx: ServiceContext, session: SessionSummary): Record<string, ReviewEntry[]> {
  const { repos } = ctx
  const result: Record<string, ReviewEntry[]> = {}
  const actions = repos.actions.listForSession(session.id)
  const reviews = actions.flatMap((action) => repos.reviews.listForAction(action.id))
  if (reviews.length === 0) return result
  const moments = new Map(
    [...new Set(reviews.map((review) => review.sessionId))].flatMap((id) => {
      const other = repos.sessions.get(id)
      return other ? [[id, other] as const] : []
    })
  )
  for (const action of actions) {
    const history = actionHistory(action.id, reviews, moments)
    if (history.length > 0) result[action.id] = history
  }
  return result
}

export function createReviewService(ctx: ServiceContext): ReviewHandlers {
  const { repos } = ctx
  const existing = (id: string): SessionSummary => {
    const session = repos.sessions.get(id)
    if (!session) throw sessionNotFound()
    return session
  }
  return {
    'review.list': ({ sessionId }) => agenda(ctx, existing(sessionId)).map(toItem),
    'review.set': (input) => setOutcome(ctx, input),
    'action.fates': ({ sessionId }) => fates(ctx, existing(sessionId)),
    'session.getNextMeeting': ({ sessionId }) => {
      const next = repos.sessions.nextMeeting(sessionId)
      if (!next) throw sessionNotFound()
      return next
    },
    'session.setNextMeeting': ({ sessionId, date, note }) =>
      changeSession(ctx, sessionId, () => {
        repos.sessions.setNextMeeting(sessionId, { date, note })
        return { date, note }
      })
  }
}
