import type { PreviousQuickscan } from '../../shared/domain/quickscan'
import type { SessionSummary } from '../../shared/domain/session'
import { earlierSchoolSessions, earlierTeamSessions } from './previous-session'
import { findQuickscan } from './quickscan-service'
import type { ServiceContext } from './service-context'

/**
 * The quickscan this session's scan is compared with: the team's most recent earlier one, or,
 * when the team has none, the school's (another team of the same school answered it; the
 * screen names the session it comes from). The screen, the projector and the report all ask
 * here, so how "the earlier scan" is found is decided in one place.
 */
export function previousQuickscanOf(
  ctx: ServiceContext,
  session: SessionSummary
): PreviousQuickscan | null {
  for (const earlier of [
    ...earlierTeamSessions(ctx, session),
    ...earlierSchoolSessions(ctx, session)
  ]) {
    const quickscan = findQuickscan(ctx, earlier.id)
    if (quickscan) return { sessionTitle: earlier.title, sessionDate: earlier.date, quickscan }
  }
  return null
}
