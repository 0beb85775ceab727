import type { z } from 'zod'
import type { ApiParsedInput } from '../../shared/api/contract'
import type { QuickscanRespondent } from '../../shared/domain/quickscan'
import type {
  ParticipantQuickscan,
  quickscanAnswerRequestSchema,
  quickscanGradeRequestSchema
} from '../../shared/participant/protocol'
import { findQuickscan } from '../services/quickscan-service'
import { createRespondentService } from '../services/respondent-service'
import { pausedError, type ParticipantContext } from './participant-actions'
import type { JoinedDeviceRef } from './joining-registry'
import { ParticipantError } from './participant-http'

type Mine = ParticipantQuickscan['mine']

function ensureOpen({ joining }: ParticipantContext, writing: boolean): void {
  if (!joining.settings.quickscanOpen) {
    throw new ParticipantError(403, 'error.phone.quickscanClosed')
  }
  if (writing && joining.paused) throw pausedError()
}

/**
 * The device's own respondent, made on first use. Its id is the device's id, so a reload (same
 * device) finds it again without anything stored beside it. The respondent rules of the
 * facilitator's quickscan apply as they are.
 */
async function ownRespondent(p: ParticipantContext, device: JoinedDeviceRef) {
  const { ctx, joining } = p
  const existing = findQuickscan(ctx, joining.sessionId)?.respondents.find(
    (r) => r.id === device.id
  )
  if (existing) return existing
  const input: ApiParsedInput<'quickscan.addRespondent'> = {
    sessionId: joining.sessionId,
    id: device.id,
    name: device.name,
    role: '',
    mode: 'apparaat'
  }
  return createRespondentService(ctx)['quickscan.addRespondent'](input)
}

const mineOf = (respondent: QuickscanRespondent): Mine => ({
  answers: respondent.answers,
  grades: respondent.grades,
  completed: respondent.completed
})

/** The scan's texts and this device's answers: nothing of anyone else's. */
export async function participantQuickscan(
  p: ParticipantContext,
  device: JoinedDeviceRef
): Promise<ParticipantQuickscan> {
  ensureOpen(p, false)
  const pack = p.ctx.content.quickscan
  return {
    title: pack.title,
    instructions: pack.instructions.paragraphs,
    answers: pack.answers.map((a) => ({ value: a.value, label: a.appLabel })),
    factors: pack.factors.map(({ number, title }) => ({ number, title })),
    clusters: pack.clusters.map(({ id, title }) => ({ id, title })),
    questions: pack.questions.map(({ id, factor, text }) => ({ id, factor, text })),
    gradePrompt: pack.priorities.prompts.grade,
    mine: mineOf(await ownRespondent(p, device))
  }
}

async function changed(p: ParticipantContext, device: JoinedDeviceRef): Promise<Mine> {
  const respondent = findQuickscan(p.ctx, p.joining.sessionId)?.respondents.find(
    (r) => r.id === device.id
  )
  return respondent ? mineOf(respondent) : { answers: {}, grades: {}, completed: false }
}

export async function answerQuestion(
  p: ParticipantContext,
  device: JoinedDeviceRef,
  input: z.output<typeof quickscanAnswerRequestSchema>
): Promise<Mine> {
  ensureOpen(p, true)
  const respondent = await ownRespondent(p, device)
  await createRespondentService(p.ctx)['quickscan.answer']({
    respondentId: respondent.id,
    ...input
  })
  return changed(p, device)
}

export async function gradeCluster(
  p: ParticipantContext,
  device: JoinedDeviceRef,
  input: z.output<typeof quickscanGradeRequestSchema>
): Promise<Mine> {
  ensureOpen(p, true)
  const respondent = await ownRespondent(p, device)
  await createRespondentService(p.ctx)['quickscan.grade']({ respondentId: respondent.id, ...input })
  return changed(p, device)
}

export async function completeQuickscan(
  p: ParticipantContext,
  device: JoinedDeviceRef
): Promise<Mine> {
  ensureOpen(p, true)
  const respondent = await ownRespondent(p, device)
  const updated = await createRespondentService(p.ctx)['quickscan.updateRespondent']({
    id: respondent.id,
    patch: { completed: true }
  })
  return mineOf(updated)
}
