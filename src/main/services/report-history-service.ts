import type { ReportHistory } from '../report/report-history'
import { previousQuickscanOf } from './previous-quickscan'
import { createReviewService } from './review-service'
import type { ServiceContext } from './service-context'
import { sessionNotFound } from './session-service'
import { anonymous } from './vote-service'

/** What the report shows beyond the session file, read from the store for one session. */
export async function reportHistory(
  ctx: ServiceContext,
  sessionId: string
): Promise<ReportHistory> {
  const session = ctx.repos.sessions.get(sessionId)
  if (!session) throw sessionNotFound()
  const items = await createReviewService(ctx)['review.list']({ sessionId })
  const reviews = items.map((item) => {
    const { ownerParticipantId, ownerText } = item.action
    const owner = ownerParticipantId ? ctx.repos.participants.get(ownerParticipantId) : undefined
    return { item, owner: owner?.name || ownerText }
  })
  return {
    reviews,
    previousQuickscan: previousQuickscanOf(ctx, session),
    votes: ctx.repos.votes.listForSession(sessionId).map(anonymous),
    themes: ctx.repos.themes.listForSession(sessionId)
  }
}
