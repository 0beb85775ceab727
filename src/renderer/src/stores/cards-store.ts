import { create } from 'zustand'
import type { Contribution, ContributionTag } from '../../../shared/domain/workspace'
import { writes } from '../api/writes'

export interface NewCard {
  screenId: string
  text: string
  tag: ContributionTag | null
  participantId: string | null
}

type CardPatch = Partial<
  Pick<Contribution, 'text' | 'tag' | 'participantId' | 'carryToPlan' | 'hidden'>
> & {
  held?: false
}

interface CardsState {
  sessionId: string | null
  cards: Contribution[]
  /** Deleted cards, most recent last: Ctrl+Z brings back the last one. */
  deleted: Contribution[]
  /** Deleted by a merge, by the source card's id: its undo also takes the text back out. */
  merges: Record<string, MergeRecord>
  load(sessionId: string, cards: Contribution[]): void
  /** New cards from the store (participants'), keeping what can still be undone. */
  refresh(cards: Contribution[]): void
  add(card: NewCard): Contribution
  update(id: string, patch: CardPatch): void
  remove(id: string): void
  undo(): Contribution | undefined
  /** Puts `sourceId`'s text under `targetId`'s and removes the source card. */
  merge(targetId: string, sourceId: string): void
  reorder(screenId: string, ids: string[]): void
}

export interface MergeRecord {
  targetId: string
  /** The target's text before and right after the merge. */
  before: string
  after: string
}

const byPosition = (a: Contribution, b: Contribution) => a.position - b.position

/** Cards appear and change on screen at once; the write queue stores them behind the scenes. */
export const useCardsStore = create<CardsState>((set, get) => ({
  sessionId: null,
  cards: [],
  deleted: [],
  merges: {},
  load: (sessionId, cards) => set({ sessionId, cards, deleted: [], merges: {} }),
  refresh: (cards) => set({ cards }),
  add({ screenId, text, tag, participantId }) {
    const sessionId = get().sessionId
    if (!sessionId) throw new Error('no session open')
    const onScreen = get().cards.filter((card) => card.screenId === screenId)
    const now = new Date().toISOString()
    const card: Contribution = {
      id: crypto.randomUUID(),
      sessionId,
      screenId,
      text,
      tag,
      participantId,
      carryToPlan: false,
      position: onScreen.reduce((max, c) => Math.max(max, c.position + 1), 0),
      createdAt: now,
      updatedAt: now,
      origin: 'gespreksleider',
      deviceId: null,
      deviceName: null,
      held: false,
      hidden: false,
      mergedFrom: []
    }
    set({ cards: [...get().cards, card] })
    void writes.enqueue('contribution.add', {
      sessionId,
      id: card.id,
      screenId,
      text,
      tag,
      participantId
    })
    return card
  },
  update(id, patch) {
    set({ cards: get().cards.map((card) => (card.id === id ? { ...card, ...patch } : card)) })
    void writes.enqueue('contribution.update', { id, patch })
  },
  remove(id) {
    const card = get().cards.find((c) => c.id === id)
    if (!card) return
    set({ cards: get().cards.filter((c) => c.id !== id), deleted: [...get().deleted, card] })
    void writes.enqueue('contribution.delete', { id })
  },
  undo() {
    const card = get().deleted.at(-1)
    if (!card) return undefined
    set({ cards: [...get().cards, card].sort(byPosition), deleted: get().deleted.slice(0, -1) })
    void writes.enqueue('contribution.restore', { id: card.id })
    const merged = get().merges[card.id]
    if (merged) undoMerge(card.id, merged)
    return card
  },
  merge(targetId, sourceId) {
    const target = get().cards.find((c) => c.id === targetId)
    const source = get().cards.find((c) => c.id === sourceId)
    if (!target || !source) return
    const text = `${target.text}\n${source.text}`
    set({
      cards: get()
        .cards.filter((c) => c.id !== sourceId)
        // Nothing is lost: the source's text lives on in the target.
        .map((c) => (c.id === targetId ? { ...c, text } : c)),
      // Undone like a delete: Ctrl+Z brings the source back and the target's text with it.
      deleted: [...get().deleted, source],
      merges: { ...get().merges, [sourceId]: { targetId, before: target.text, after: text } }
    })
    // The store knows whom to credit (participants, device names): take its list when stored.
    // A refused merge resolves without a card: the refusal is shown elsewhere, nothing to credit.
    void writes.enqueue('contribution.merge', { targetId, sourceId }).then((merged) => {
      if (!merged) return
      set({
        cards: get().cards.map((c) =>
          c.id === merged.id ? { ...c, mergedFrom: merged.mergedFrom } : c
        )
      })
    })
  },
  reorder(screenId, ids) {
    const sessionId = get().sessionId
    if (!sessionId) return
    const rank = new Map(ids.map((id, index) => [id, index]))
    set({
      cards: get()
        .cards.map((card) =>
          card.screenId === screenId
            ? { ...card, position: rank.get(card.id) ?? card.position }
            : card
        )
        .sort(byPosition)
    })
    void writes.enqueue('contribution.reorder', { sessionId, screenId, ids })
  }
}))

/**
 * Takes the merged text out of the target again, unless it was edited since: then the edit
 * stays and only the source card comes back (nothing typed is lost either way).
 */
function undoMerge(sourceId: string, merged: MergeRecord): void {
  const { cards, merges, update } = useCardsStore.getState()
  const rest = Object.fromEntries(Object.entries(merges).filter(([id]) => id !== sourceId))
  useCardsStore.setState({ merges: rest })
  const target = cards.find((c) => c.id === merged.targetId)
  if (target?.text === merged.after) update(merged.targetId, { text: merged.before })
}

/** The cards of one screen, in their order. */
export function cardsOnScreen(cards: readonly Contribution[], screenId: string): Contribution[] {
  return cards.filter((card) => card.screenId === screenId).sort(byPosition)
}
