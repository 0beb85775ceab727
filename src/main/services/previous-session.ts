import type { SessionSummary } from '../../shared/domain/session'
import type { ServiceContext } from './service-context'

/** "De Regenboog" and " de  regenboog" are one school: people type names differently. */
export function sameName(a: string, b: string): boolean {
  return normalise(a) === normalise(b)
}

function normalise(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim()
}

/**
 * The team's previous session: the most recent earlier one with the same school and team.
 * Sessions without school and team belong to nobody in particular, so they have none.
 */
export function previousTeamSession(
  ctx: ServiceContext,
  session: SessionSummary
): SessionSummary | undefined {
  if (normalise(session.school) === '' && normalise(session.team) === '') return undefined
  return ctx.repos.sessions
    .earlierThan(session)
    .find((other) => sameName(other.school, session.school) && sameName(other.team, session.team))
}

/** Earlier sessions of the same school (any team), the most recent first; none without a school. */
export function earlierSchoolSessions(
  ctx: ServiceContext,
  session: SessionSummary
): SessionSummary[] {
  if (normalise(session.school) === '') return []
  return ctx.repos.sessions
    .earlierThan(session)
    .filter((other) => sameName(other.school, session.school))
}
