import type { ActionFields, ActionOrigin } from '../../shared/domain/action-plan'
import type { ContentIdKind } from './content-ids'
import type { ServiceContext } from './service-context'
import { ServiceError } from './service-error'

/** The content an `originRef` names, for origins that refer to content by id. */
export const originRefKind: Partial<Record<ActionOrigin, ContentIdKind>> = {
  ondersteuning: 'support',
  prioriteit: 'quickscanCluster'
}

export const foreignParticipant = (): ServiceError =>
  new ServiceError('validation', 'error.participantForeign')

/** Checks the fields that refer to content or to a participant (only those present). */
export function checkActionFields(
  ctx: ServiceContext,
  sessionId: string,
  fields: Partial<ActionFields>
): void {
  if (fields.screenId) ctx.ids.check('actionScreen', fields.screenId)
  if (fields.aspect) ctx.ids.check('aspect', fields.aspect)
  const owner = fields.ownerParticipantId
  if (owner && ctx.repos.participants.get(owner)?.sessionId !== sessionId) {
    throw foreignParticipant()
  }
}

/**
 * A card the action was made from must be one of this session's (deleted ones too: the card
 * may be tidied away once it is an action); support options and clusters must be in the packs.
 */
export function checkOrigin(
  ctx: ServiceContext,
  sessionId: string,
  origin: ActionOrigin,
  originRef: string | null
): void {
  if (originRef === null) return
  const kind = originRefKind[origin]
  if (kind) ctx.ids.check(kind, originRef)
  if (
    origin === 'bijdrage' &&
    ctx.repos.contributions.get(originRef)?.card.sessionId !== sessionId
  ) {
    throw new ServiceError('validation', 'error.cardNotInSession')
  }
}
