import { create } from 'zustand'
import type { QuickscanAnswer } from '../../../shared/content/quickscan'
import type {
  ClusterPriority,
  PreviousQuickscan,
  Quickscan,
  QuickscanRespondent,
  RespondentMode
} from '../../../shared/domain/quickscan'
import { api } from '../api'
import { writes } from '../api/writes'

interface QuickscanState {
  sessionId: string | null
  quickscan: Quickscan | null
  previous: PreviousQuickscan | null
  load(sessionId: string): Promise<void>
  create(): Promise<void>
  addRespondent(name: string, role: string, mode: RespondentMode): QuickscanRespondent
  answer(respondentId: string, questionId: string, answer: QuickscanAnswer | null): void
  grade(respondentId: string, clusterId: string, grade: number | null): void
  complete(respondentId: string): void
  removeRespondent(respondentId: string): void
  /** Respondents removed in this visit, most recent last: undo brings back the last one. */
  removed: QuickscanRespondent[]
  undoRemove(): void
  setRevealed(revealed: boolean): void
  setPriority(priority: ClusterPriority): void
}

/** Answers appear at once and are stored through the write queue, like everything typed. */
export const useQuickscanStore = create<QuickscanState>((set, get) => {
  const scan = (): Quickscan => {
    const quickscan = get().quickscan
    if (!quickscan) throw new Error('no quickscan')
    return quickscan
  }
  const changeRespondent = (id: string, change: (r: QuickscanRespondent) => QuickscanRespondent) =>
    set({
      quickscan: {
        ...scan(),
        respondents: scan().respondents.map((r) => (r.id === id ? change(r) : r))
      }
    })
  const without = <T extends Record<string, unknown>>(record: T, key: string): T =>
    Object.fromEntries(Object.entries(record).filter(([k]) => k !== key)) as T
  return {
    sessionId: null,
    quickscan: null,
    previous: null,
    removed: [],
    async load(sessionId) {
      await writes.idle()
      const [quickscan, previous] = await Promise.all([
        api['quickscan.get']({ sessionId }),
        api['quickscan.previous']({ sessionId })
      ])
      set({ sessionId, quickscan, previous, removed: [] })
    },
    async create() {
      const sessionId = get().sessionId
      if (sessionId) set({ quickscan: await api['quickscan.create']({ sessionId }) })
    },
    addRespondent(name, role, mode) {
      const respondent: QuickscanRespondent = {
        id: crypto.randomUUID(),
        name,
        role,
        mode,
        answers: {},
        grades: {},
        completed: false,
        createdAt: new Date().toISOString()
      }
      set({ quickscan: { ...scan(), respondents: [...scan().respondents, respondent] } })
      void writes.enqueue('quickscan.addRespondent', {
        sessionId: scan().sessionId,
        id: respondent.id,
        name,
        role,
        mode
      })
      return respondent
    },
    answer(respondentId, questionId, answer) {
      changeRespondent(respondentId, (r) => ({
        ...r,
        answers:
          answer === null ? without(r.answers, questionId) : { ...r.answers, [questionId]: answer }
      }))
      void writes.enqueue('quickscan.answer', { respondentId, questionId, answer })
    },
    grade(respondentId, clusterId, grade) {
      changeRespondent(respondentId, (r) => ({
        ...r,
        grades: grade === null ? without(r.grades, clusterId) : { ...r.grades, [clusterId]: grade }
      }))
      void writes.enqueue('quickscan.grade', { respondentId, clusterId, grade })
    },
    complete(respondentId) {
      changeRespondent(respondentId, (r) => ({ ...r, completed: true }))
      void writes.enqueue('quickscan.updateRespondent', {
        id: respondentId,
        patch: { completed: true }
      })
    },
    removeRespondent(respondentId) {
      const gone = scan().respondents.find((r) => r.id === respondentId)
      set({
        quickscan: {
          ...scan(),
          respondents: scan().respondents.filter((r) => r.id !== respondentId)
        },
        removed: gone ? [...get().removed, gone] : get().removed
      })
      void writes.enqueue('quickscan.removeRespondent', { id: respondentId })
    },
    undoRemove() {
      const last = get().removed.at(-1)
      if (!last) return
      // Back in its place (respondents are listed in the order they were added).
      const respondents = [...scan().respondents, last].sort(
        (a, b) => a.createdAt.localeCompare(b.createdAt) || 0
      )
      set({ quickscan: { ...scan(), respondents }, removed: get().removed.slice(0, -1) })
      void writes.enqueue('quickscan.restoreRespondent', { id: last.id })
    },
    setRevealed(revealed) {
      set({ quickscan: { ...scan(), revealed } })
      void writes.enqueue('quickscan.setRevealed', { sessionId: scan().sessionId, revealed })
    },
    setPriority(priority) {
      const others = scan().priorities.filter((p) => p.clusterId !== priority.clusterId)
      set({ quickscan: { ...scan(), priorities: [...others, priority] } })
      void writes.enqueue('quickscan.setPriority', { sessionId: scan().sessionId, ...priority })
    }
  }
})
