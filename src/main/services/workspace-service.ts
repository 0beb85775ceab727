import type { ApiHandlers } from '../../shared/api/contract'
import type { WorkspaceAnswers } from '../../shared/domain/session-changes'
import type { Workspace } from '../../shared/domain/workspace'
import type { ServiceContext } from './service-context'
import { changeSession, sessionNotFound } from './session-service'

type WorkspaceHandlers = Pick<
  ApiHandlers,
  'workspace.get' | 'session.setPosition' | 'session.setFocus'
>

/** Everything recorded in a session, with lists in the order the card and the flow give them. */
export function loadWorkspace(ctx: ServiceContext, sessionId: string): Workspace {
  const answers = loadAnswers(ctx, sessionId)
  return {
    sessionId,
    ...answers,
    // Stored by screen id, then position; a stable sort by flow order (quickscan items after
    // it) keeps the positions.
    contributions: ctx.ids.inContentOrder(
      'actionScreen',
      ctx.repos.contributions.listForSession(sessionId),
      (card) => card.screenId
    )
  }
}

/** Everything recorded in a session besides its cards: small, whatever the session's size. */
export function loadAnswers(ctx: ServiceContext, sessionId: string): WorkspaceAnswers {
  const { repos, ids } = ctx
  const position = repos.sessions.position(sessionId)
  if (position === undefined) throw sessionNotFound()
  return {
    position,
    focus: ids.inContentOrder('practiceQuestion', repos.focus.list(sessionId), (id) => id),
    notes: ids.inContentOrder('screen', repos.notes.list(sessionId), (note) => note.screenId),
    conversationForms: ids.inContentOrder(
      'conversationForm',
      repos.stap2.forms(sessionId),
      (entry) => entry.formId
    ),
    agendaElements: ids.inContentOrder(
      'agendaElement',
      repos.stap2.agendaElements(sessionId),
      (entry) => entry.elementId
    ),
    agenda: repos.stap2.agendaDetails(sessionId),
    selfAssessments: ids.inContentOrder(
      'stap3Question',
      repos.stap3.assessments(sessionId),
      (entry) => entry.questionId
    ),
    supportChoices: ids.inContentOrder(
      'support',
      repos.stap3.supportChoices(sessionId),
      (entry) => entry.supportId
    )
  }
}

export function createWorkspaceService(ctx: ServiceContext): WorkspaceHandlers {
  const { repos, ids } = ctx
  return {
    'workspace.get': ({ sessionId }) => loadWorkspace(ctx, sessionId),
    // Moving through the flow is not a change to the session, so it does not touch updatedAt.
    'session.setPosition': ({ sessionId, screenId }) =>
      repos.transaction(() => {
        if (!repos.sessions.setPosition(sessionId, screenId)) throw sessionNotFound()
        ids.check('screen', screenId)
        return { screenId }
      }),
    'session.setFocus': ({ sessionId, questionIds }) =>
      changeSession(ctx, sessionId, () => {
        for (const id of questionIds) ids.check('practiceQuestion', id)
        repos.focus.replace(sessionId, questionIds)
        const unique = [...new Set(questionIds)]
        return { questionIds: ids.inContentOrder('practiceQuestion', unique, (id) => id) }
      })
  }
}
