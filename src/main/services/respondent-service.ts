import type { ApiHandlers, ApiParsedInput } from '../../shared/api/contract'
import type { QuickscanRespondent } from '../../shared/domain/quickscan'
import type { RespondentHead } from '../db/quickscan-respondent-repository'
import { ensureQuickscan, loadRespondents } from './quickscan-service'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'
import { changeSession } from './session-service'

type RespondentHandlers = Pick<
  ApiHandlers,
  | 'quickscan.addRespondent'
  | 'quickscan.updateRespondent'
  | 'quickscan.removeRespondent'
  | 'quickscan.restoreRespondent'
  | 'quickscan.answer'
  | 'quickscan.grade'
>

const respondentNotFound = (): ServiceError =>
  new ServiceError('not_found', 'error.respondentNotFound')

function loadRespondent(ctx: ServiceContext, head: RespondentHead): QuickscanRespondent {
  const found = loadRespondents(ctx, head.quickscanId).find((r) => r.id === head.id)
  if (!found) throw respondentNotFound()
  return found
}

/** A retried add (same id, same session) gets the stored respondent back, unchanged. */
function add(ctx: ServiceContext, input: ApiParsedInput<'quickscan.addRespondent'>) {
  const { sessionId, id, name, role, mode } = input
  const { respondents } = ctx.repos
  return changeSession(ctx, sessionId, (now) => {
    const existing = respondents.get(id)
    if (existing && existing.sessionId !== sessionId) {
      throw new ServiceError('validation', 'error.respondentForeign')
    }
    if (existing) return loadRespondent(ctx, existing)
    const quickscanId = ensureQuickscan(ctx, sessionId, now).id
    const head = { id, quickscanId, name, role, mode, completed: false, createdAt: now }
    respondents.insert(head)
    return loadRespondent(ctx, { ...head, sessionId })
  })
}

/**
 * Every change to a respondent goes through its own id: the session it belongs to is looked
 * up from there (never taken from the caller) and marked as changed.
 */
function changeRespondent<T>(
  ctx: ServiceContext,
  id: string,
  work: (head: RespondentHead, now: string) => T
): T {
  const { repos } = ctx
  return repos.transaction(() => {
    const head = repos.respondents.get(id)
    if (!head) throw respondentNotFound()
    const now = ctx.now()
    repos.sessions.touch(head.sessionId, now)
    return work(head, now)
  })
}

export function createRespondentService(ctx: ServiceContext): RespondentHandlers {
  const { repos, ids } = ctx
  return {
    'quickscan.addRespondent': (input) => add(ctx, input),
    'quickscan.updateRespondent': ({ id, patch }) =>
      changeRespondent(ctx, id, (head) => {
        repos.respondents.update({ ...head, ...patch })
        return loadRespondent(ctx, head)
      }),
    'quickscan.removeRespondent': ({ id }) =>
      repos.transaction(() => {
        // Removing twice (a retried request) is the same as removing once.
        if (repos.respondents.getDeleted(id)) return { id }
        return changeRespondent(ctx, id, (_head, now) => {
          repos.respondents.delete(id, now)
          return { id }
        })
      }),
    'quickscan.restoreRespondent': ({ id }) =>
      repos.transaction(() => {
        const live = repos.respondents.get(id)
        // Undone twice: it is back already.
        if (live) return loadRespondent(ctx, live)
        const head = repos.respondents.getDeleted(id)
        if (!head) throw respondentNotFound()
        repos.sessions.touch(head.sessionId, ctx.now())
        repos.respondents.restore(id)
        return loadRespondent(ctx, head)
      }),
    'quickscan.answer': ({ respondentId, questionId, answer }) =>
      changeRespondent(ctx, respondentId, () => {
        ids.check('quickscanQuestion', questionId)
        repos.respondents.setAnswer(respondentId, questionId, answer)
        return { respondentId, questionId, answer }
      }),
    'quickscan.grade': ({ respondentId, clusterId, grade }) =>
      changeRespondent(ctx, respondentId, () => {
        ids.check('quickscanCluster', clusterId)
        repos.respondents.setGrade(respondentId, clusterId, grade)
        return { respondentId, clusterId, grade }
      })
  }
}
