import type { ApiHandlers, ApiParsedInput } from '../../shared/api/contract'
import type { Action, ActionReviewItem, ReviewOutcome } from '../../shared/domain/action-plan'
import type { SessionSummary } from '../../shared/domain/session'
import type { ActionReview } from '../db/action-review-repository'
import { previousTeamSession, sameName } from './previous-session'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'
import { changeSession, sessionNotFound } from './session-service'

type ReviewHandlers = Pick<
  ApiHandlers,
  'review.list' | 'review.set' | 'session.getNextMeeting' | 'session.setNextMeeting'
>

/**
 * The previous session's open actions in its priority order. An action this session marked
 * `klaar` is no longer open, but stays on the list so the choice can be seen and changed.
 */
function reviewItems(ctx: ServiceContext, session: SessionSummary): ActionReviewItem[] {
  const previous = previousTeamSession(ctx, session)
  if (!previous) return []
  const reviews = new Map(
    ctx.repos.reviews.listForSession(session.id).map((review) => [review.actionId, review])
  )
  return ctx.repos.actions
    .listForSession(previous.id)
    .filter((action) => action.status !== 'klaar' || reviews.has(action.id))
    .map((action) => ({
      action,
      previousSessionTitle: previous.title,
      previousSessionDate: previous.date,
      outcome: reviews.get(action.id)?.outcome ?? null
    }))
}

/** The copy keeps its owner when someone of that name is in this session too. */
function carriedOwner(ctx: ServiceContext, earlier: Action, sessionId: string) {
  const { ownerParticipantId, ownerText } = earlier
  const owner = ownerParticipantId ? ctx.repos.participants.get(ownerParticipantId) : undefined
  if (!owner) return { ownerParticipantId: null, ownerText }
  const here = ctx.repos.participants
    .listForSession(sessionId)
    .find((participant) => sameName(participant.name, owner.name))
  if (here) return { ownerParticipantId: here.id, ownerText }
  return { ownerParticipantId: null, ownerText: ownerText || owner.name }
}

/** `meegenomen`: the action goes on into this session's plan, at the end, as open again. */
function carryOver(ctx: ServiceContext, earlier: Action, sessionId: string, now: string): string {
  const { actions } = ctx.repos
  const copy = {
    ...earlier,
    ...carriedOwner(ctx, earlier, sessionId),
    id: ctx.newId(),
    sessionId,
    status: 'open' as const,
    origin: 'meegenomen' as const,
    originRef: earlier.id
  }
  // A fresh id cannot be taken.
  return (actions.insert(copy, now) as Action).id
}

/** Takes back what the recorded outcome did: the earlier status, the copy in this plan. */
function undoOutcome(ctx: ServiceContext, review: ActionReview | undefined, now: string): void {
  const { actions } = ctx.repos
  if (review?.outcome === 'klaar' && review.previousStatus) {
    actions.setStatus(review.actionId, review.previousStatus, now)
  }
  if (review?.outcome === 'meegenomen' && review.carriedActionId) {
    actions.setDeleted(review.carriedActionId, now)
  }
}

/** `meegenomen` again after a change of mind brings back the same copy, with its edits. */
function restoreOrCarry(
  ctx: ServiceContext,
  sessionId: string,
  earlier: Action,
  carriedActionId: string | null,
  now: string
): string {
  const { actions } = ctx.repos
  const copy = carriedActionId ? actions.get(carriedActionId) : undefined
  if (copy?.action.sessionId !== sessionId) return carryOver(ctx, earlier, sessionId, now)
  actions.setDeleted(copy.action.id, null)
  return copy.action.id
}

/** Does what `outcome` means and returns the review to store; the old one is undone by now. */
function recordOutcome(
  ctx: ServiceContext,
  sessionId: string,
  earlier: Action,
  outcome: ReviewOutcome,
  now: string
): ActionReview {
  const { actions, reviews } = ctx.repos
  const review: ActionReview = {
    sessionId,
    actionId: earlier.id,
    outcome,
    previousStatus: null,
    carriedActionId: reviews.get(sessionId, earlier.id)?.carriedActionId ?? null
  }
  if (outcome === 'klaar') {
    review.previousStatus = earlier.status
    actions.setStatus(earlier.id, 'klaar', now)
  }
  if (outcome === 'meegenomen') {
    review.carriedActionId = restoreOrCarry(ctx, sessionId, earlier, review.carriedActionId, now)
  }
  return review
}

const notOpen = (): ServiceError => new ServiceError('validation', 'error.reviewNotOpen')

/** Records the outcome (null clears it) in one transaction; the previous outcome is undone. */
function setOutcome(ctx: ServiceContext, input: ApiParsedInput<'review.set'>): ActionReviewItem {
  const { sessionId, actionId, outcome } = input
  const { repos } = ctx
  return changeSession(ctx, sessionId, (now) => {
    // changeSession has just found the session.
    const session = repos.sessions.get(sessionId) as SessionSummary
    const item = reviewItems(ctx, session).find((candidate) => candidate.action.id === actionId)
    if (!item) throw notOpen()
    const recorded = repos.reviews.get(sessionId, actionId)
    if ((recorded?.outcome ?? null) === outcome) return item
    undoOutcome(ctx, recorded, now)
    const earlier = repos.actions.get(actionId)?.action ?? item.action
    if (outcome === null) repos.reviews.delete(sessionId, actionId)
    else repos.reviews.set(recordOutcome(ctx, sessionId, earlier, outcome, now))
    // Done or not done again: the earlier session's plan changed too.
    if (outcome === 'klaar' || recorded?.outcome === 'klaar') {
      repos.sessions.touch(earlier.sessionId, now)
    }
    return { ...item, action: repos.actions.get(actionId)?.action ?? earlier, outcome }
  })
}

export function createReviewService(ctx: ServiceContext): ReviewHandlers {
  const { repos } = ctx
  const existing = (id: string): SessionSummary => {
    const session = repos.sessions.get(id)
    if (!session) throw sessionNotFound()
    return session
  }
  return {
    'review.list': ({ sessionId }) => reviewItems(ctx, existing(sessionId)),
    'review.set': (input) => setOutcome(ctx, input),
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
