import type { SessionChanges } from '../../shared/domain/session-changes'
import type { Contribution } from '../../shared/domain/workspace'
import type { ChangesSince } from './change-log'
import type { ServiceContext } from './service-context'
import { loadAnswers } from './workspace-service'

/**
 * Turns "what changed since" into what a screen applies: the changed cards as stored now
 * (deleted ones by id), the small answers whole when one changed, and which other parts to
 * fetch again. Its size follows the change, not the session.
 */
export function sessionDelta(
  ctx: ServiceContext,
  sessionId: string,
  since: ChangesSince
): SessionChanges {
  if (since.reload) return { kind: 'reload' }
  if (since.cardIds.length === 0 && since.parts.length === 0) return { kind: 'none' }
  const cards: Contribution[] = []
  const removedCards: string[] = []
  for (const id of since.cardIds) {
    const stored = ctx.repos.contributions.get(id)
    if (stored && stored.card.sessionId !== sessionId) continue
    if (!stored || stored.deleted) removedCards.push(id)
    else cards.push(stored.card)
  }
  const parts = new Set(since.parts)
  // A phone's card changes its device's count in the facilitator's list of devices.
  if (cards.some((card) => card.deviceId !== null)) parts.add('joining')
  // The answers carry the session's position too, which screens and phones follow.
  const steered = parts.has('workspace') || parts.has('session')
  const answers = steered ? loadAnswers(ctx, sessionId) : undefined
  return { kind: 'delta', cards, removedCards, answers, parts: [...parts] }
}
