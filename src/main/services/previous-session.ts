import type { SessionSummary } from '../../shared/domain/session'
import type { ServiceContext } from './service-context'

export { sameName } from '../../shared/domain/names'

/** The team's meetings before `session`, the most recent first; none without a team. */
export function earlierTeamSessions(
  ctx: ServiceContext,
  session: SessionSummary
): SessionSummary[] {
  if (!session.teamId) return []
  return ctx.repos.sessions.earlierThan(session).filter((other) => other.teamId === session.teamId)
}

/** The team's most recent meeting before `session`. */
export function previousTeamSession(
  ctx: ServiceContext,
  session: SessionSummary
): SessionSummary | undefined {
  return earlierTeamSessions(ctx, session)[0]
}

/** Earlier sessions of the same school (any team), the most recent first; none without a school. */
export function earlierSchoolSessions(
  ctx: ServiceContext,
  session: SessionSummary
): SessionSummary[] {
  if (!session.schoolId) return []
  return ctx.repos.sessions
    .earlierThan(session)
    .filter((other) => other.schoolId === session.schoolId)
}
