import { create } from 'zustand'

/**
 * While someone answers the quickscan on the laptop, the laptop is theirs: it shows only their
 * questions until they finish or the facilitator takes it back. Kept in localStorage so a
 * reload (or a crash) does not open the rest of the app to whoever sits there.
 */
export type PrivateAnswering =
  | { sessionId: string; stage: 'start' }
  | {
      sessionId: string
      stage: 'answering'
      respondentId: string
      /**
       * For a paused response taken up again: where this sitting began (no paging back before
       * it), and the questions and clusters answered in an earlier sitting, whose answers are
       * never shown again (until answered anew).
       */
      from: number
      earlierQuestions: string[]
      earlierGrades: string[]
    }
  | { sessionId: string; stage: 'passOn' }

interface PrivateAnswerState {
  active: PrivateAnswering | null
  /** Someone new is about to answer: the rest of the app is out of reach from now on. */
  begin(sessionId: string): void
  answer(sessionId: string, respondentId: string): void
  /** A paused response, taken up again from where it stopped. */
  resume(
    sessionId: string,
    respondentId: string,
    from: number,
    earlierQuestions: string[],
    earlierGrades: string[]
  ): void
  /** Answered anew in this sitting: its answer may be shown from now on. */
  reanswered(kind: 'question' | 'grade', id: string): void
  /** Done or paused: the laptop waits for the next person or the facilitator. */
  passOn(): void
  /** The facilitator took the laptop back: the app is theirs again. */
  handBack(): void
}

const storageKey = 'samenspel.privateAnswering'

function stored(): PrivateAnswering | null {
  try {
    const text = globalThis.localStorage?.getItem(storageKey)
    return text ? (JSON.parse(text) as PrivateAnswering) : null
  } catch {
    return null
  }
}

function keep(active: PrivateAnswering | null): void {
  try {
    if (active) globalThis.localStorage?.setItem(storageKey, JSON.stringify(active))
    else globalThis.localStorage?.removeItem(storageKey)
  } catch {
    // Storage full or blocked: the lock still holds for this page.
  }
}

export const usePrivateAnswerStore = create<PrivateAnswerState>((set, get) => {
  const change = (active: PrivateAnswering | null) => {
    keep(active)
    set({ active })
  }
  return {
    active: stored(),
    begin: (sessionId) => change({ sessionId, stage: 'start' }),
    answer: (sessionId, respondentId) =>
      change({
        sessionId,
        stage: 'answering',
        respondentId,
        from: 0,
        earlierQuestions: [],
        earlierGrades: []
      }),
    resume: (sessionId, respondentId, from, earlierQuestions, earlierGrades) =>
      change({
        sessionId,
        stage: 'answering',
        respondentId,
        from,
        earlierQuestions,
        earlierGrades
      }),
    reanswered(kind, id) {
      const active = get().active
      if (active?.stage !== 'answering') return
      const key = kind === 'question' ? 'earlierQuestions' : 'earlierGrades'
      if (!active[key].includes(id)) return
      change({ ...active, [key]: active[key].filter((other) => other !== id) })
    },
    passOn() {
      const active = get().active
      if (active) change({ sessionId: active.sessionId, stage: 'passOn' })
    },
    handBack: () => change(null)
  }
})
