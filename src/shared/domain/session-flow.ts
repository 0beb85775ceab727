import type { KwaliteitskaartPack } from '../content/kwaliteitskaart'

export type FlowScreenKind =
  | 'start'
  | 'focus'
  | 'step-intro'
  | 'stap1-question'
  | 'stap2-forms'
  | 'stap2-agenda'
  | 'stap3-question'
  | 'stap3-support'
  | 'wrap-up'

/** One screen of a team session. Its `id` is what the session stores as its position. */
export interface FlowScreen {
  id: string
  kind: FlowScreenKind
  /** 0 = before the steps, 1–3 = Stap 1–3, 4 = wrap-up; drives the progress bar. */
  step: 0 | 1 | 2 | 3 | 4
  /** The content item the screen is about, for question screens. */
  itemId?: string
  /** Whether the team's contributions are captured as cards on this screen. */
  cards: boolean
}

/**
 * Start → practice questions → Stap 1 → Stap 2 → Stap 3 → wrap-up, built from the pack so a
 * trainer who adds a question to the pack gets a screen for it.
 */
export function buildSessionFlow(pack: KwaliteitskaartPack): FlowScreen[] {
  const [stap1, , stap3] = pack.steps
  return [
    { id: 'start', kind: 'start', step: 0, cards: false },
    { id: 'praktijkvragen', kind: 'focus', step: 0, cards: true },
    { id: 'stap1', kind: 'step-intro', step: 1, cards: false },
    ...stap1.questions.map((q): FlowScreen => ({
      id: q.id,
      kind: 'stap1-question',
      step: 1,
      itemId: q.id,
      cards: true
    })),
    { id: 'stap2', kind: 'step-intro', step: 2, cards: false },
    { id: 'stap2-gespreksvormen', kind: 'stap2-forms', step: 2, cards: true },
    { id: 'stap2-gespreksagenda', kind: 'stap2-agenda', step: 2, cards: true },
    { id: 'stap3', kind: 'step-intro', step: 3, cards: false },
    ...stap3.questions.map((q): FlowScreen => ({
      id: q.id,
      kind: 'stap3-question',
      step: 3,
      itemId: q.id,
      cards: true
    })),
    { id: 'stap3-steun', kind: 'stap3-support', step: 3, cards: false },
    { id: 'afronding', kind: 'wrap-up', step: 4, cards: true }
  ]
}

export function screenIndex(flow: readonly FlowScreen[], id: string): number {
  return flow.findIndex((screen) => screen.id === id)
}

/** The screen `delta` steps away, clamped to the flow's ends. */
export function neighbourScreen(
  flow: readonly FlowScreen[],
  id: string,
  delta: number
): FlowScreen {
  const index = Math.max(0, screenIndex(flow, id))
  const next = Math.min(flow.length - 1, Math.max(0, index + delta))
  // The flow always holds the start screen, so an index inside it exists.
  return flow[next] as FlowScreen
}
