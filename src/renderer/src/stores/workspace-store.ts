import { create } from 'zustand'
import type {
  AgendaDetails,
  AgendaElementEntry,
  ConversationFormEntry,
  SelfAssessmentEntry,
  SupportChoice,
  Workspace
} from '../../../shared/domain/workspace'
import { writes } from '../api/writes'
import { openSessionId } from './open-session-id'

type Answers = Omit<Workspace, 'contributions' | 'sessionId' | 'position'>

interface WorkspaceState extends Answers {
  sessionId: string | null
  load(workspace: Workspace): void
  setFocus(questionIds: string[]): void
  setNote(screenId: string, text: string): void
  setForm(entry: ConversationFormEntry): void
  setAgendaElement(entry: AgendaElementEntry): void
  setAgenda(details: AgendaDetails): void
  setAssessment(entry: SelfAssessmentEntry): void
  setSupport(choice: SupportChoice): void
}

/** Replaces the entry with the same key, or appends it. */
function upsert<T, K extends keyof T>(list: readonly T[], entry: T, key: K): T[] {
  const others = list.filter((item) => item[key] !== entry[key])
  return list.length === others.length
    ? [...list, entry]
    : list.map((i) => (i[key] === entry[key] ? entry : i))
}

/** What the team records in Stap 1–3 besides cards; shown at once, stored through the queue. */
export const useWorkspaceStore = create<WorkspaceState>((set, get) => {
  const sessionId = (): string => openSessionId(get())
  return {
    sessionId: null,
    focus: [],
    notes: [],
    conversationForms: [],
    agendaElements: [],
    agenda: { forWhom: '', timing: '', notes: '' },
    selfAssessments: [],
    supportChoices: [],
    load: ({
      sessionId,
      focus,
      notes,
      conversationForms,
      agendaElements,
      agenda,
      selfAssessments,
      supportChoices
    }) =>
      set({
        sessionId,
        focus,
        notes,
        conversationForms,
        agendaElements,
        agenda,
        selfAssessments,
        supportChoices
      }),
    setFocus(questionIds) {
      set({ focus: questionIds })
      void writes.enqueue('session.setFocus', { sessionId: sessionId(), questionIds })
    },
    setNote(screenId, text) {
      set({ notes: upsert(get().notes, { screenId, text }, 'screenId') })
      void writes.enqueue('note.set', { sessionId: sessionId(), screenId, text })
    },
    setForm(entry) {
      set({ conversationForms: upsert(get().conversationForms, entry, 'formId') })
      void writes.enqueue('conversationForm.set', { sessionId: sessionId(), ...entry })
    },
    setAgendaElement(entry) {
      set({ agendaElements: upsert(get().agendaElements, entry, 'elementId') })
      void writes.enqueue('agenda.setElement', { sessionId: sessionId(), ...entry })
    },
    setAgenda(details) {
      set({ agenda: details })
      void writes.enqueue('agenda.setDetails', { sessionId: sessionId(), ...details })
    },
    setAssessment(entry) {
      set({ selfAssessments: upsert(get().selfAssessments, entry, 'questionId') })
      void writes.enqueue('assessment.set', { sessionId: sessionId(), ...entry })
    },
    setSupport(choice) {
      set({ supportChoices: upsert(get().supportChoices, choice, 'supportId') })
      void writes.enqueue('support.set', { sessionId: sessionId(), ...choice })
    }
  }
})
