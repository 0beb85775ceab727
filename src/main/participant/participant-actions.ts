import type { z } from 'zod'
import type {
  joinRequestSchema,
  OwnContribution,
  ParticipantHeader,
  ParticipantState,
  StateChanges,
  stateChangesRequestSchema,
  submitContributionSchema
} from '../../shared/participant/protocol'
import type { SentCard } from '../db/contribution-repository'
import type { ChangeNotifier, ChangePart, ChangesSince } from '../services/change-notifier'
import type { ServiceContext } from '../services/service-context'
import type { JoinedDeviceRef, JoiningState } from './joining-registry'
import { isScreenOpen, openScreens } from './open-screens'
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
  p.changes.changed(joining.sessionId, 'joining')
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

function participantHeader(p: ParticipantContext, device: JoinedDeviceRef): ParticipantHeader {
  const { ctx, joining } = p
  return {
    sessionTitle: sessionTitle(p),
    name: device.name,
    paused: joining.paused,
    open: openScreens(ctx, joining),
    quickscanOpen: joining.settings.quickscanOpen,
    voteOpen: ctx.repos.votes.listForSession(joining.sessionId).some((r) => r.status === 'open')
  }
}

export function participantState(p: ParticipantContext, device: JoinedDeviceRef): ParticipantState {
  // The version first: a change landing while this is read comes again as a delta.
  const version = p.changes.version(p.joining.sessionId)
  return {
    ...participantHeader(p, device),
    version,
    mine: p.ctx.repos.contributions.listSentByDevice(device.id).map(ownContribution)
  }
}

/** Parts whose change may change what the header says (open questions, pause, a vote). */
const steeringParts = new Set<ChangePart>(['joining', 'session', 'votes'])

/** What of a change since `since` this device sees: its own cards and the header, no more. */
function changesFor(
  p: ParticipantContext,
  device: JoinedDeviceRef,
  since: ChangesSince
): StateChanges | null {
  if (since.reload) return { kind: 'state', state: participantState(p, device) }
  const mine: OwnContribution[] = []
  const removedMine: string[] = []
  // Its own cards among the changed ones, and its cards merged into a changed one (their
  // status follows the card they went into).
  for (const { card, listed } of p.ctx.repos.contributions.sentByDeviceAmong(
    device.id,
    since.cardIds
  )) {
    if (listed) mine.push(ownContribution(card))
    else removedMine.push(card.id)
  }
  const steered = since.parts.some((part) => steeringParts.has(part))
  if (mine.length === 0 && removedMine.length === 0 && !steered) return null
  const header = steered ? participantHeader(p, device) : undefined
  return { kind: 'delta', version: since.version, mine, removedMine, header }
}

/** Whether a change may alter what this device shows: the question for every wake-up. */
function concerns(p: ParticipantContext, device: JoinedDeviceRef, since: ChangesSince): boolean {
  if (since.reload || since.parts.some((part) => steeringParts.has(part))) return true
  if (since.cardIds.length === 0) return false
  return p.ctx.repos.contributions.sentByDeviceAmong(device.id, since.cardIds).length > 0
}

/**
 * A long poll: answers as soon as something this device shows changed, or with `none` after
 * `waitMs`. Other devices' cards wake it too, but it waits on without answering.
 */
export async function waitForStateChanges(
  p: ParticipantContext,
  device: JoinedDeviceRef,
  input: z.output<typeof stateChangesRequestSchema>
): Promise<StateChanges> {
  const { sessionId } = p.joining
  const deadline = performance.now() + input.waitMs
  let version = input.since
  for (;;) {
    const left = Math.max(0, Math.round(deadline - performance.now()))
    const since = await p.changes.waitForChange(sessionId, version, left)
    // `since` holds only what came after the last look: what was looked at before did not
    // concern this device, so a phone that waited through a whole burst of other phones' cards
    // does not ask about all of them again at every wake.
    if (since.version !== version && concerns(p, device, since)) {
      // One read transaction: one lock for the device's cards and its header together.
      const answer = p.ctx.repos.transaction(() =>
        changesFor(p, device, p.changes.since(sessionId, input.since))
      )
      if (answer) return answer
    }
    version = since.version
    if (left === 0) break
  }
  // Whatever happened meanwhile did not concern this device: it may wait on from there.
  return { kind: 'none', version }
}

export async function submitContribution(
  p: ParticipantContext,
  device: JoinedDeviceRef,
  input: z.output<typeof submitContributionSchema>
): Promise<OwnContribution> {
  const { ctx, joining } = p
  if (joining.paused) throw pausedError()
  const card = await p.submissions.add({
    sessionId: joining.sessionId,
    screenId: input.screenId,
    text: input.text,
    device,
    held: joining.settings.moderation,
    // Checked in the transaction that stores the card: one read under the lock already held.
    admit: () => {
      if (!isScreenOpen(ctx, joining, input.screenId)) {
        throw new ParticipantError(403, 'error.phone.questionClosed')
      }
    }
  })
  return ownContribution(card)
}
