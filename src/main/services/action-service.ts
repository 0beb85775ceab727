import type { ApiHandlers, ApiParsedInput } from '../../shared/api/contract'
import type { Action } from '../../shared/domain/action-plan'
import { checkActionFields, checkOrigin } from './action-rules'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'
import { changeSession, sessionNotFound } from './session-service'

type ActionHandlers = Pick<
  ApiHandlers,
  | 'action.list'
  | 'action.add'
  | 'action.update'
  | 'action.delete'
  | 'action.restore'
  | 'action.reorder'
>

export const actionNotFound = (): ServiceError =>
  new ServiceError('not_found', 'error.actionNotFound')

/**
 * An action with this id in this session is a retried call whose reply was lost: it gets the
 * stored action back, unchanged.
 */
function add(ctx: ServiceContext, input: ApiParsedInput<'action.add'>): Action {
  const { sessionId, id, fields, origin, originRef } = input
  return changeSession(ctx, sessionId, (now) => {
    const existing = ctx.repos.actions.get(id)
    if (existing?.action.sessionId === sessionId) return existing.action
    if (existing) throw new ServiceError('validation', 'error.actionForeign')
    checkActionFields(ctx, sessionId, fields)
    checkOrigin(ctx, sessionId, origin, originRef)
    const action = { ...fields, id, sessionId, origin, originRef }
    // The id was free a moment ago, inside this transaction.
    return ctx.repos.actions.insert(action, now) as Action
  })
}

function update(ctx: ServiceContext, input: ApiParsedInput<'action.update'>): Action {
  const { repos } = ctx
  return repos.transaction(() => {
    const stored = repos.actions.get(input.id)
    if (!stored || stored.deleted) throw actionNotFound()
    const { sessionId } = stored.action
    checkActionFields(ctx, sessionId, input.patch)
    const now = ctx.now()
    repos.sessions.touch(sessionId, now)
    return (
      repos.actions.update(input.id, { ...stored.action, ...input.patch }, now) ?? stored.action
    )
  })
}

/** Soft delete and its undo: the action keeps its position, so a restore puts it back in place. */
function setDeleted(ctx: ServiceContext, id: string, deleted: boolean): Action {
  const { repos } = ctx
  return repos.transaction(() => {
    const stored = repos.actions.get(id)
    // Restoring an action that is not deleted is a repeated undo: harmless, so it succeeds.
    if (!stored || (deleted && stored.deleted)) throw actionNotFound()
    const now = ctx.now()
    repos.sessions.touch(stored.action.sessionId, now)
    return repos.actions.setDeleted(id, deleted ? now : null) ?? stored.action
  })
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a)
  return set.size === a.length && a.length === b.length && b.every((id) => set.has(id))
}

function reorder(ctx: ServiceContext, { sessionId, ids }: ApiParsedInput<'action.reorder'>) {
  return changeSession(ctx, sessionId, () => {
    if (!sameSet(ids, ctx.repos.actions.activeIds(sessionId))) {
      throw new ServiceError('validation', 'error.actionOrderStale')
    }
    ctx.repos.actions.setPositions(ids)
    return { ids }
  })
}

/** The action plan: what the team will do, by whom, by when, in priority order. */
export function createActionService(ctx: ServiceContext): ActionHandlers {
  return {
    'action.list': ({ sessionId }) => {
      if (!ctx.repos.sessions.get(sessionId)) throw sessionNotFound()
      return ctx.repos.actions.listForSession(sessionId)
    },
    'action.add': (input) => add(ctx, input),
    'action.update': (input) => update(ctx, input),
    'action.delete': ({ id }) => setDeleted(ctx, id, true),
    'action.restore': ({ id }) => setDeleted(ctx, id, false),
    'action.reorder': (input) => reorder(ctx, input)
  }
}
