import type { ApiHandlers, ApiParsedInput } from '../../shared/api/contract'
import { emptyActionFields, type Action } from '../../shared/domain/action-plan'
import { allocationProblem, type VoteProblem } from '../../shared/domain/vote-tally'
import type { Allocation, VoteOption, VoteRound } from '../../shared/domain/votes'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'
import { changeSession, sessionNotFound } from './session-service'

type VoteHandlers = Pick<
  ApiHandlers,
  'vote.list' | 'vote.start' | 'vote.setStatus' | 'vote.setPaper' | 'vote.delete' | 'vote.toActions'
>

export const roundNotFound = (): ServiceError =>
  new ServiceError('not_found', 'error.voteRoundNotFound')

/** A refused ballot or count, as an error the facilitator's or participant's screen words. */
export function voteProblemError(problem: VoteProblem): ServiceError {
  switch (problem.code) {
    case 'round-closed':
      return new ServiceError('validation', 'error.voteRoundClosed')
    case 'unknown-option':
      return new ServiceError('validation', 'error.voteOptionUnknown')
    case 'too-many-dots':
      return new ServiceError('validation', 'error.voteTooManyDots', {
        given: problem.given,
        allowed: problem.allowed
      })
  }
}

/** The facilitator's view of a round: ballots by number, so no device can be told apart. */
export function anonymous(round: VoteRound): VoteRound {
  return {
    ...round,
    ballots: round.ballots.map((b, i) => ({ voterId: String(i + 1), allocation: b.allocation }))
  }
}

function existingRound(ctx: ServiceContext, roundId: string): VoteRound {
  const round = ctx.repos.votes.get(roundId)
  if (!round) throw roundNotFound()
  return round
}

/** What an option says, from the session itself: a card's text, a theme's name, a question. */
function optionLabel(
  ctx: ServiceContext,
  sessionId: string,
  option: { kind: VoteOption['kind']; refId: string }
): string {
  const { repos, content } = ctx
  if (option.kind === 'card') {
    const stored = repos.contributions.get(option.refId)
    if (stored && !stored.deleted && stored.card.sessionId === sessionId) return stored.card.text
  } else if (option.kind === 'theme') {
    const theme = repos.themes.get(option.refId)
    if (theme?.sessionId === sessionId) return theme.title
  } else {
    const question = content.quickscan.questions.find((q) => q.id === option.refId)
    if (question) return question.text
  }
  throw new ServiceError('validation', 'error.voteOptionGone')
}

function start(ctx: ServiceContext, input: ApiParsedInput<'vote.start'>): VoteRound {
  const { sessionId, id, title, dotsPerPerson, options } = input
  return changeSession(ctx, sessionId, (now) => {
    const existing = ctx.repos.votes.get(id)
    // A retried call whose reply was lost gets the stored round back.
    if (existing?.sessionId === sessionId) return existing
    if (existing) throw new ServiceError('validation', 'error.voteRoundForeign')
    const seen = new Set<string>()
    const unique = options.filter(
      (o) => !seen.has(`${o.kind}:${o.refId}`) && seen.add(`${o.kind}:${o.refId}`)
    )
    ctx.repos.votes.insert({
      id,
      sessionId,
      title,
      dotsPerPerson,
      status: 'open',
      createdAt: now,
      options: unique.map((option, position) => ({
        id: ctx.newId(),
        ...option,
        label: optionLabel(ctx, sessionId, option).slice(0, 2_000),
        position
      }))
    })
    return existingRound(ctx, id)
  })
}

/** Stores one voter's dots (replacing their earlier ones) after the tally's rules allow them. */
export function castBallot(
  ctx: ServiceContext,
  roundId: string,
  voterId: string,
  allocation: Allocation
): VoteRound {
  const round = existingRound(ctx, roundId)
  return changeSession(ctx, round.sessionId, () => {
    const current = existingRound(ctx, roundId)
    const problem = allocationProblem(current, allocation, current.dotsPerPerson)
    if (problem) throw voteProblemError(problem)
    ctx.repos.votes.setBallot(roundId, voterId, allocation)
    return existingRound(ctx, roundId)
  })
}

function setPaper(ctx: ServiceContext, input: ApiParsedInput<'vote.setPaper'>): VoteRound {
  const round = existingRound(ctx, input.roundId)
  return changeSession(ctx, round.sessionId, () => {
    // A count may still be corrected after the round closed: it is the facilitator's tally.
    const problem = allocationProblem(
      { ...round, status: 'open' },
      input.dots,
      input.people * round.dotsPerPerson
    )
    if (problem) throw voteProblemError(problem)
    ctx.repos.votes.setPaper(round.id, input.people, input.dots)
    return existingRound(ctx, round.id)
  })
}

function actionFor(option: VoteOption, ctx: ServiceContext, why: string) {
  const fields = { ...emptyActionFields(option.label.slice(0, 2_000)), why }
  if (option.kind === 'card') {
    const card = ctx.repos.contributions.get(option.refId)?.card
    const screenId = card && !ctx.ids.problem('actionScreen', card.screenId) ? card.screenId : null
    return {
      fields: { ...fields, screenId },
      origin: 'bijdrage' as const,
      originRef: card ? option.refId : null
    }
  }
  if (option.kind === 'question') {
    const question = ctx.content.quickscan.questions.find((q) => q.id === option.refId)
    return {
      fields: { ...fields, screenId: option.refId, factor: question?.factor ?? null },
      origin: 'vrij' as const,
      originRef: null
    }
  }
  const theme = ctx.repos.themes.get(option.refId)
  const screenId = theme && !ctx.ids.problem('actionScreen', theme.screenId) ? theme.screenId : null
  return { fields: { ...fields, screenId }, origin: 'vrij' as const, originRef: null }
}

function toActions(ctx: ServiceContext, input: ApiParsedInput<'vote.toActions'>): Action[] {
  const round = existingRound(ctx, input.roundId)
  return changeSession(ctx, round.sessionId, (now) => {
    const made = new Set(ctx.repos.actions.listForSession(round.sessionId).map((a) => a.what))
    const actions: Action[] = []
    for (const choice of input.choices) {
      const option = round.options.find((o) => o.id === choice.optionId)
      if (!option) throw voteProblemError({ code: 'unknown-option', optionId: choice.optionId })
      if (made.has(option.label)) continue
      const { fields, origin, originRef } = actionFor(option, ctx, choice.why)
      const action = ctx.repos.actions.insert(
        { ...fields, id: ctx.newId(), sessionId: round.sessionId, origin, originRef },
        now
      )
      if (action) actions.push(action)
      made.add(option.label)
    }
    return actions
  })
}

/** Dot voting: rounds, ballots from the laptop, the facilitator's count, results to actions. */
export function createVoteService(ctx: ServiceContext): VoteHandlers {
  const { repos } = ctx
  return {
    'vote.list': ({ sessionId }) => {
      if (!repos.sessions.get(sessionId)) throw sessionNotFound()
      return repos.votes.listForSession(sessionId).map(anonymous)
    },
    'vote.start': (input) => anonymous(start(ctx, input)),
    'vote.setStatus': ({ roundId, status }) => {
      const round = existingRound(ctx, roundId)
      return changeSession(ctx, round.sessionId, () => {
        repos.votes.setStatus(round, status)
        return anonymous(existingRound(ctx, roundId))
      })
    },
    'vote.setPaper': (input) => anonymous(setPaper(ctx, input)),
    'vote.delete': ({ roundId }) => {
      const round = existingRound(ctx, roundId)
      return changeSession(ctx, round.sessionId, () => {
        repos.votes.delete(roundId)
        return { roundId }
      })
    },
    'vote.toActions': (input) => toActions(ctx, input)
  }
}
