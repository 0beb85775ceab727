import type { ApiHandlers } from '../../shared/api/contract'
import type { ServiceContext } from './service-context'
import { changeSession } from './session-service'

type StepHandlers = Pick<
  ApiHandlers,
  | 'note.set'
  | 'conversationForm.set'
  | 'agenda.setElement'
  | 'agenda.setDetails'
  | 'assessment.set'
  | 'support.set'
>

/** The facilitator's notes and what the team fills in on the Stap 2 and Stap 3 screens. */
export function createStepService(ctx: ServiceContext): StepHandlers {
  const { repos, ids } = ctx
  return {
    'note.set': ({ sessionId, screenId, text }) =>
      changeSession(ctx, sessionId, (now) => {
        ids.check('screen', screenId)
        return repos.notes.set(sessionId, { screenId, text }, now)
      }),
    'conversationForm.set': ({ sessionId, formId, status, note }) =>
      changeSession(ctx, sessionId, () => {
        ids.check('conversationForm', formId)
        return repos.stap2.setForm(sessionId, { formId, status, note })
      }),
    'agenda.setElement': ({ sessionId, elementId, included, note }) =>
      changeSession(ctx, sessionId, () => {
        ids.check('agendaElement', elementId)
        return repos.stap2.setAgendaElement(sessionId, { elementId, included, note })
      }),
    'agenda.setDetails': ({ sessionId, forWhom, timing, notes }) =>
      changeSession(ctx, sessionId, () =>
        repos.stap2.setAgendaDetails(sessionId, { forWhom, timing, notes })
      ),
    'assessment.set': ({ sessionId, questionId, rating, notes }) =>
      changeSession(ctx, sessionId, () => {
        ids.check('stap3Question', questionId)
        return repos.stap3.setAssessment(sessionId, { questionId, rating, notes })
      }),
    'support.set': ({ sessionId, supportId, chosen, note }) =>
      changeSession(ctx, sessionId, () => {
        ids.check('support', supportId)
        return repos.stap3.setSupportChoice(sessionId, { supportId, chosen, note })
      })
  }
}
