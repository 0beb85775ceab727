import type { z } from 'zod'
import type {
  joinRequestSchema,
  OwnContribution,
  ParticipantState,
  submitContributionSchema
} from '../../shared/participant/protocol'
import type { SentCard } from '../db/contribution-repository'
import type { ChangeNotifier } from '../services/change-notifier'
import type { ServiceContext } from '../services/service-context'
import type { JoinedDeviceRef, JoiningState } from './joining-registry'
import { openScreens } from './open-screens'
import { ParticipantError } from './participant-http'
import type { SubmissionBatcher } from './submission-batcher'

/** What every participant request works with: the services' context and this run's joining. */
export interface ParticipantContext {
  ctx: ServiceContext
  joining: JoiningState
  changes: ChangeNotifier
  submissions: SubmissionBatcher
}

export const pausedError = (): ParticipantError => new ParticipantError(403, 'error.phone.paused')

function sessionTitle({ ctx, joining }: ParticipantContext): string {
  const session = ctx.repos.sessions.get(joining.sessionId)
  if (!session) throw new ParticipantError(401, 'error.phone.sessionEnded')
  return session.title
}

/** The code was checked (and rate-limited) by the caller: this admits the device. */
export function join(p: ParticipantContext, input: z.output<typeof joinRequestSchema>) {
  const { ctx, joining } = p
  if (joining.paused) throw pausedError()
  if (joining.settings.requireNames && input.name === '') {
    throw new ParticipantError(400, 'error.phone.nameRequired', {}, 'name-required')
  }
  const title = sessionTitle(p)
  const device = { id: ctx.newId(), sessionId: joining.sessionId, name: input.name }
  ctx.repos.devices.insert(device, ctx.now())
  const token = joining.admit({ id: device.id, name: device.name })
  // The facilitator's list of devices is part of what their screen waits for.
  p.changes.changed(joining.sessionId)
  return { token, sessionTitle: title }
}

/**
 * What became of a card, as its sender may know it: the text exactly as this device sent it
 * (not the facilitator's edit, not a merge with someone else's words), never anyone else's.
 */
export function ownContribution(card: SentCard): OwnContribution {
  const status = card.hidden ? 'verborgen' : card.held ? 'wacht' : 'zichtbaar'
  const { id, screenId, text, createdAt } = card
  return { id, screenId, text, status, createdAt }
}

export function participantState(p: ParticipantContext, device: JoinedDeviceRef): ParticipantState {
  const { ctx, joining } = p
  return {
    sessionTitle: sessionTitle(p),
    name: device.name,
    paused: joining.paused,
    open: openScreens(ctx, joining),
    mine: ctx.repos.contributions.listSentByDevice(device.id).map(ownContribution),
    quickscanOpen: joining.settings.quickscanOpen,
    voteOpen: ctx.repos.votes.listForSession(joining.sessionId).some((r) => r.status === 'open')
  }
}

export async function submitContribution(
  p: ParticipantContext,
  device: JoinedDeviceRef,
  input: z.output<typeof submitContributionSchema>
): Promise<OwnContribution> {
  const { ctx, joining } = p
  if (joining.paused) throw pausedError()
  if (!openScreens(ctx, joining).some((screen) => screen.screenId === input.screenId)) {
    throw new ParticipantError(403, 'error.phone.questionClosed')
  }
  const card = await p.submissions.add({
    sessionId: joining.sessionId,
    screenId: input.screenId,
    text: input.text,
    device,
    held: joining.settings.moderation
  })
  return ownContribution(card)
}
