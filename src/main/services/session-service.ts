import type { ApiHandlers } from '../../shared/api/contract'
import type { ApiParsedInput } from '../../shared/api/contract'
import type { Session, SessionDetails } from '../../shared/domain/session'
import { lastParticipants } from './school-service'
import { teamForNames, teamNotFound } from './school-places'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'

export const sessionNotFound = (): ServiceError =>
  new ServiceError('not_found', 'error.sessionNotFound')

export function loadSession({ repos }: ServiceContext, id: string): Session {
  const summary = repos.sessions.get(id)
  if (!summary) throw sessionNotFound()
  return { ...summary, participants: repos.participants.listForSession(id) }
}

/**
 * Runs `work` in one transaction after marking the session as changed, so a write to a session
 * that is gone fails as not_found before anything else is checked, and leaves nothing behind.
 * `work` gets the time of the change, so what it stores matches the session's updatedAt.
 */
export function changeSession<T>(
  ctx: ServiceContext,
  sessionId: string,
  work: (now: string) => T
): T {
  return ctx.repos.transaction(() => {
    const now = ctx.now()
    if (!ctx.repos.sessions.touch(sessionId, now)) throw sessionNotFound()
    return work(now)
  })
}

type SessionHandlers = Pick<
  ApiHandlers,
  'session.list' | 'session.get' | 'session.create' | 'session.update' | 'session.delete'
>

/** The team the new session belongs to: the given one, or the one its names point to. */
function chosenTeam(
  ctx: ServiceContext,
  input: ApiParsedInput<'session.create'>,
  now: string
): string | null {
  if (input.teamId) {
    if (!ctx.repos.schools.getTeam(input.teamId)) throw teamNotFound()
    return input.teamId
  }
  return teamForNames(ctx, { school: input.school, team: input.team }, now)
}

/**
 * A new session, in one transaction with its team (when named by text) and the participants
 * of the team's last meeting, which the facilitator edits from there.
 */
export function createSession(ctx: ServiceContext, input: ApiParsedInput<'session.create'>) {
  const { repos } = ctx
  return repos.transaction(() => {
    const now = ctx.now()
    const teamId = chosenTeam(ctx, input, now)
    const carried = teamId && input.carryParticipants ? lastParticipants(ctx, teamId) : []
    const id = ctx.newId()
    const { title, date, facilitator } = input
    const details: SessionDetails = { title, date, facilitator, teamId }
    repos.sessions.insert(id, details, now)
    for (const { name, role } of carried) {
      repos.participants.insert({ id: ctx.newId(), sessionId: id, name, role })
    }
    return loadSession(ctx, id)
  })
}

export function createSessionService(ctx: ServiceContext): SessionHandlers {
  const { repos } = ctx
  return {
    'session.list': () => repos.sessions.list(),
    'session.get': ({ id }) => loadSession(ctx, id),
    'session.create': (input) => createSession(ctx, input),
    'session.update': ({ id, patch }) =>
      repos.transaction(() => {
        const current = repos.sessions.get(id)
        if (!current) throw sessionNotFound()
        if (patch.teamId && !repos.schools.getTeam(patch.teamId)) throw teamNotFound()
        repos.sessions.update(id, { ...current, ...patch }, ctx.now())
        return loadSession(ctx, id)
      }),
    'session.delete': ({ id }) => {
      if (!repos.sessions.delete(id)) throw sessionNotFound()
      return { id }
    }
  }
}
