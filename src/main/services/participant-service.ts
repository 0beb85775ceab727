import type { ApiHandlers } from '../../shared/api/contract'
import type { Participant } from '../../shared/domain/session'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'
import { sessionNotFound } from './session-service'

const participantNotFound = (): ServiceError =>
  new ServiceError('not_found', 'error.participantNotFound')

type ParticipantHandlers = Pick<
  ApiHandlers,
  'participant.add' | 'participant.update' | 'participant.remove'
>

export function createParticipantService(ctx: ServiceContext): ParticipantHandlers {
  const { repos } = ctx
  const existing = (id: string): Participant => {
    const participant = repos.participants.get(id)
    if (!participant) throw participantNotFound()
    return participant
  }
  return {
    'participant.add': ({ sessionId, name, role }) =>
      repos.transaction(() => {
        if (!repos.sessions.get(sessionId)) throw sessionNotFound()
        const participant = repos.participants.insert({ id: ctx.newId(), sessionId, name, role })
        repos.sessions.touch(sessionId, ctx.now())
        return participant
      }),
    'participant.update': ({ id, patch }) =>
      repos.transaction(() => {
        const current = existing(id)
        const next = { ...current, ...patch }
        repos.participants.update(id, next.name, next.role)
        repos.sessions.touch(current.sessionId, ctx.now())
        return next
      }),
    'participant.remove': ({ id }) =>
      repos.transaction(() => {
        const current = existing(id)
        repos.actions.keepOwnerName(id, current.name)
        repos.participants.delete(id)
        repos.sessions.touch(current.sessionId, ctx.now())
        return { id }
      })
  }
}
