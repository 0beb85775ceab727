import { create } from 'zustand'
import type {
  AgendaDetails,
  AgendaElementEntry,
  ConversationFormEntry,
  SelfAssessmentEntry,
  SupportChoice,
  Workspace
} from '../../../shared/domain/workspace'
import type { WorkspaceAnswers } from '../../../shared/domain/session-changes'
import { writes } from '../api/writes'
import { openSessionId } from './open-session-id'

type Answers = Omit<Workspace, 'contributions' | 'sessionId' | 'position'>

const answerKeys = [
  'focus',
  'notes',
  'conversationForms',
  'agendaElements',
  'agenda',
  'selfAssessments',
  'supportChoices'
] as const satisfies readonly (keyof Answers)[]

interface WorkspaceState extends Answers {
  sessionId: string | null
  load(workspace: Workspace): void
  /**
   * The answers as stored, from a change elsewhere; each list that did not change keeps its
   * array. Skipped when this tab changed an answer after `mark`: that write brings them again.
   */
  applyAnswers(answers: WorkspaceAnswers, mark: number): void
  /** A mark to take before asking the store what changed (see `applyAnswers`). */
  editMark(): number
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

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

// Counts this tab's own changes to the answers (see `applyAnswers`).
let editCount = 0

/** What the team records in Stap 1–3 besides cards; shown at once, stored through the queue. */
export const useWorkspaceStore = create<WorkspaceState>((rawSet, get) => {
  const sessionId = (): string => openSessionId(get())
  // Every change made here goes through `set` below; loading goes through `rawSet`.
  const set = (patch: Partial<WorkspaceState>): void => {
    editCount += 1
    rawSet(patch)
  }
  return {
    sessionId: null,
    focus: [],
    notes: [],
    conversationForms: [],
    agendaElements: [],
    agenda: { forWhom: '', timing: '', notes: '' },
    selfAssessments: [],
    supportChoices: [],
    editMark: () => editCount,
    applyAnswers(answers, mark) {
      if (editCount > mark) return
      const current = get()
      const patch: Partial<Answers> = {}
      for (const key of answerKeys) {
        if (!sameJson(current[key], answers[key])) Object.assign(patch, { [key]: answers[key] })
      }
      if (Object.keys(patch).length > 0) rawSet(patch)
    },
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
      rawSet({
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
