import type { z } from 'zod'
import type { VoteRound } from '../../shared/domain/votes'
import type { castVoteRequestSchema, ParticipantVote } from '../../shared/participant/vote-protocol'
import { castBallot } from '../services/vote-service'
import { pausedError, type ParticipantContext } from './participant-actions'
import type { JoinedDeviceRef } from './joining-registry'
import { ParticipantError } from './participant-http'

/** The session's open round, if any: a phone only ever votes in that one. */
export function openRound(p: ParticipantContext): VoteRound | undefined {
  return p.ctx.repos.votes.listForSession(p.joining.sessionId).find((r) => r.status === 'open')
}

function asSeenBy(round: VoteRound | undefined, device: JoinedDeviceRef): ParticipantVote {
  if (!round) return { round: null, mine: {} }
  return {
    round: {
      id: round.id,
      title: round.title,
      dotsPerPerson: round.dotsPerPerson,
      options: round.options.map(({ id, label }) => ({ id, label }))
    },
    // The device's own ballot only: the tally is for the room's screen.
    mine: round.ballots.find((b) => b.voterId === device.id)?.allocation ?? {}
  }
}

export function participantVote(p: ParticipantContext, device: JoinedDeviceRef): ParticipantVote {
  return asSeenBy(openRound(p), device)
}

/** The device votes under its own id, so voting again replaces its dots instead of adding. */
export function castVote(
  p: ParticipantContext,
  device: JoinedDeviceRef,
  input: z.output<typeof castVoteRequestSchema>
): ParticipantVote {
  if (p.joining.paused) throw pausedError()
  const round = openRound(p)
  if (!round || round.id !== input.roundId) {
    throw new ParticipantError(403, 'error.voteRoundClosed')
  }
  return asSeenBy(castBallot(p.ctx, round.id, device.id, input.allocation), device)
}
