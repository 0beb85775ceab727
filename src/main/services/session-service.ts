import type { ApiHandlers } from '../../shared/api/contract'
import type { Session } from '../../shared/domain/session'
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

export function createSessionService(ctx: ServiceContext): SessionHandlers {
  const { repos } = ctx
  return {
    'session.list': () => repos.sessions.list(),
    'session.get': ({ id }) => loadSession(ctx, id),
    'session.create': (details) => {
      const id = ctx.newId()
      repos.sessions.insert(id, details, ctx.now())
      return loadSession(ctx, id)
    },
    'session.update': ({ id, patch }) =>
      repos.transaction(() => {
        const current = repos.sessions.get(id)
        if (!current) throw sessionNotFound()
        repos.sessions.update(id, { ...current, ...patch }, ctx.now())
        return loadSession(ctx, id)
      }),
    'session.delete': ({ id }) => {
      if (!repos.sessions.delete(id)) throw sessionNotFound()
      return { id }
    }
  }
}
