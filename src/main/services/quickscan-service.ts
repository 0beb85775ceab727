import type { ApiHandlers } from '../../shared/api/contract'
import type { Quickscan, QuickscanRespondent } from '../../shared/domain/quickscan'
import type { QuickscanHead } from '../db/quickscan-repository'
import type { ContentIdKind } from './content-ids'
import { previousQuickscanOf } from './previous-quickscan'
import type { ServiceContext } from './service-context'
import { changeSession, sessionNotFound } from './session-service'

type QuickscanHandlers = Pick<
  ApiHandlers,
  | 'quickscan.get'
  | 'quickscan.create'
  | 'quickscan.setRevealed'
  | 'quickscan.setPriority'
  | 'quickscan.previous'
>

function inPackOrder<V>(
  ctx: ServiceContext,
  kind: ContentIdKind,
  record: Record<string, V>
): Record<string, V> {
  return Object.fromEntries(ctx.ids.inContentOrder(kind, Object.entries(record), ([id]) => id))
}

/** Answers and grades in the scan's own order, so a respondent reads the same every time. */
export function loadRespondents(ctx: ServiceContext, quickscanId: string): QuickscanRespondent[] {
  return ctx.repos.respondents.listForQuickscan(quickscanId).map((respondent) => ({
    ...respondent,
    answers: inPackOrder(ctx, 'quickscanQuestion', respondent.answers),
    grades: inPackOrder(ctx, 'quickscanCluster', respondent.grades)
  }))
}

function loadQuickscan(ctx: ServiceContext, head: QuickscanHead): Quickscan {
  const priorities = ctx.ids.inContentOrder(
    'quickscanCluster',
    ctx.repos.quickscans.priorities(head.id),
    (priority) => priority.clusterId
  )
  return { ...head, respondents: loadRespondents(ctx, head.id), priorities }
}

/** The session's quickscan, null when it has none. */
export function findQuickscan(ctx: ServiceContext, sessionId: string): Quickscan | null {
  const head = ctx.repos.quickscans.forSession(sessionId)
  return head ? loadQuickscan(ctx, head) : null
}

/**
 * The session's quickscan, started now when it has none: a respondent or a priority may reach
 * the store before the call that started the scan did.
 */
export function ensureQuickscan(ctx: ServiceContext, sessionId: string, now: string) {
  return ctx.repos.quickscans.ensure({
    id: ctx.newId(),
    sessionId,
    revealed: false,
    packVersion: ctx.content.quickscan.version,
    createdAt: now
  })
}

export function createQuickscanService(ctx: ServiceContext): QuickscanHandlers {
  const { repos, ids } = ctx
  const existingSession = (id: string) => {
    const session = repos.sessions.get(id)
    if (!session) throw sessionNotFound()
    return session
  }
  return {
    'quickscan.get': ({ sessionId }) => {
      existingSession(sessionId)
      return findQuickscan(ctx, sessionId)
    },
    'quickscan.create': ({ sessionId }) =>
      changeSession(ctx, sessionId, (now) =>
        loadQuickscan(ctx, ensureQuickscan(ctx, sessionId, now))
      ),
    'quickscan.setRevealed': ({ sessionId, revealed }) =>
      changeSession(ctx, sessionId, (now) => {
        repos.quickscans.setRevealed(ensureQuickscan(ctx, sessionId, now).id, revealed)
        return { revealed }
      }),
    'quickscan.setPriority': ({ sessionId, ...priority }) =>
      changeSession(ctx, sessionId, (now) => {
        ids.check('quickscanCluster', priority.clusterId)
        return repos.quickscans.setPriority(ensureQuickscan(ctx, sessionId, now).id, priority)
      }),
    'quickscan.previous': ({ sessionId }) => previousQuickscanOf(ctx, existingSession(sessionId))
  }
}
