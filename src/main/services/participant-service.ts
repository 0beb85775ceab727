import type { ApiHandlers } from '../../shared/api/contract'
import type { Participant } from '../../shared/domain/session'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'
import { sessionNotFound } from './session-service'

const participantNotFound = (): ServiceError =>
  new ServiceError('not_found', 'error.participantNotFound')

type ParticipantHandlers = Pick<
  ApiHandlers,
  'participant.add' | 'participant.update' | 'participant.remove' | 'participant.credits'
>

export function createParticipantService(ctx: ServiceContext): ParticipantHandlers {
  const { repos } = ctx
  const existing = (id: string): Participant => {
    const participant = repos.participants.get(id)
    if (!participant) throw participantNotFound()
    return participant
  }
  return {
    'participant.add': ({ sessionId, id, name, role }) =>
      repos.transaction(() => {
        if (!repos.sessions.get(sessionId)) throw sessionNotFound()
        const earlier = id ? repos.participants.get(id) : undefined
        if (earlier) {
          if (earlier.sessionId !== sessionId) {
            throw new ServiceError('validation', 'error.participantForeign')
          }
          return earlier
        }
        const participant = repos.participants.insert({
          id: id ?? ctx.newId(),
          sessionId,
          name,
          role
        })
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
    'participant.credits': ({ id }) => ({
      cards: repos.participants.creditedCards(existing(id).id)
    }),
    'participant.remove': ({ id, evenIfCredited }) =>
      repos.transaction(() => {
        const current = existing(id)
        const cards = repos.participants.creditedCards(id)
        // Their name would silently leave these cards: only when the facilitator was told.
        if (cards > 0 && !evenIfCredited) {
          throw new ServiceError('validation', 'error.participantCredited', {
            name: current.name,
            count: cards
          })
        }
        repos.actions.keepOwnerName(id, current.name)
        repos.participants.delete(id)
        repos.sessions.touch(current.sessionId, ctx.now())
        return { id }
      })
  }
}
