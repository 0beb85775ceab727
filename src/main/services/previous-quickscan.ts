import type { PreviousQuickscan } from '../../shared/domain/quickscan'
import type { SessionSummary } from '../../shared/domain/session'
import { earlierSchoolSessions } from './previous-session'
import { findQuickscan } from './quickscan-service'
import type { ServiceContext } from './service-context'

/**
 * The quickscan this session's scan is compared with: the most recent earlier one of the same
 * school. The screen, the projector and the report all ask here, so how "the earlier scan" is
 * found is decided in one place.
 */
export function previousQuickscanOf(
  ctx: ServiceContext,
  session: SessionSummary
): PreviousQuickscan | null {
  for (const earlier of earlierSchoolSessions(ctx, session)) {
    const quickscan = findQuickscan(ctx, earlier.id)
    if (quickscan) return { sessionTitle: earlier.title, sessionDate: earlier.date, quickscan }
  }
  return null
}
