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
  /**
   * The session's cards as stored, whole (a reload), keeping what can still be undone, every
   * unchanged card's object, and cards this tab changed after `mark` (see `editMark`).
   */
  refresh(cards: Contribution[], mark?: number): void
  /** Cards added, changed or deleted elsewhere, with the same care as `refresh`. */
  applyChanges(changed: readonly Contribution[], removed: readonly string[], mark: number): void
  /**
   * A mark to take before asking the store what changed: cards this tab changes after it keep
   * their state here, since the answer may predate the change (and the change brings its own).
   */
  editMark(): number
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

/** The same card in every field but its times (the store sets those, not this tab). */
export function sameCard(a: Contribution, b: Contribution): boolean {
  return (
    a.id === b.id &&
    a.sessionId === b.sessionId &&
    a.screenId === b.screenId &&
    a.text === b.text &&
    a.tag === b.tag &&
    a.participantId === b.participantId &&
    a.carryToPlan === b.carryToPlan &&
    a.position === b.position &&
    a.origin === b.origin &&
    a.deviceId === b.deviceId &&
    a.deviceName === b.deviceName &&
    a.held === b.held &&
    a.hidden === b.hidden &&
    sameNames(a.mergedFrom, b.mergedFrom)
  )
}

const sameNames = (a: readonly string[], b: readonly string[]): boolean =>
  a === b || (a.length === b.length && a.every((name, i) => name === b[i]))

// Which cards this tab changed, and when (a counter, not a clock).
let editCount = 0
const editedAt = new Map<string, number>()
const edited = (...ids: string[]): void => {
  editCount += 1
  for (const id of ids) editedAt.set(id, editCount)
}
const editedSince = (id: string, mark: number): boolean => (editedAt.get(id) ?? 0) > mark

/**
 * `current` with `incoming` applied: unchanged cards keep their object, so a memoised card does
 * not render again; cards edited here after `mark` keep this tab's state. Same array when
 * nothing changed.
 */
function reconcile(
  current: readonly Contribution[],
  incoming: readonly Contribution[],
  removed: ReadonlySet<string>,
  mark: number,
  whole: boolean
): Contribution[] {
  if (!whole && incoming.length + removed.size <= fewChanges) {
    return reconcileFew(current, incoming, removed, mark)
  }
  const byId = new Map(incoming.map((card) => [card.id, card]))
  let changed = false
  const next: Contribution[] = []
  for (const card of current) {
    const stored = byId.get(card.id)
    byId.delete(card.id)
    if (editedSince(card.id, mark)) next.push(card)
    else if (removed.has(card.id) || (whole && !stored)) changed = true
    else if (stored && !sameCard(stored, card)) {
      changed = true
      next.push(stored)
    } else next.push(card)
  }
  for (const card of byId.values()) {
    // Deleted here after the mark: the store hears of it next.
    if (editedSince(card.id, mark)) continue
    changed = true
    next.push(card)
  }
  return changed ? next : (current as Contribution[])
}

/** Up to this many changed cards are looked up one by one instead of through a Map. */
const fewChanges = 16

/**
 * The same as `reconcile` for a delta of a few cards, the usual case (a phone's card, an edit):
 * a lookup per changed card and one copy of the array, with no Map of 5,000 entries per change.
 */
function reconcileFew(
  current: readonly Contribution[],
  incoming: readonly Contribution[],
  removed: ReadonlySet<string>,
  mark: number
): Contribution[] {
  let next: Contribution[] | null = null
  const own = (): Contribution[] => (next ??= [...current])
  for (const card of incoming) {
    if (editedSince(card.id, mark)) continue
    const index = (next ?? current).findIndex((c) => c.id === card.id)
    const known = index >= 0 ? (next ?? current)[index] : undefined
    if (!known) own().push(card)
    else if (!sameCard(card, known)) own()[index] = card
  }
  for (const id of removed) {
    if (editedSince(id, mark)) continue
    const index = (next ?? current).findIndex((c) => c.id === id)
    if (index >= 0) own().splice(index, 1)
  }
  return next ?? (current as Contribution[])
}

/** Cards appear and change on screen at once; the write queue stores them behind the scenes. */
export const useCardsStore = create<CardsState>((set, get) => ({
  sessionId: null,
  cards: [],
  deleted: [],
  merges: {},
  load: (sessionId, cards) => set({ sessionId, cards, deleted: [], merges: {} }),
  refresh: (cards, mark = editCount) =>
    set({ cards: reconcile(get().cards, cards, new Set(), mark, true) }),
  applyChanges(changed, removed, mark) {
    const cards = reconcile(get().cards, changed, new Set(removed), mark, false)
    if (cards !== get().cards) set({ cards })
  },
  editMark: () => editCount,
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
    edited(card.id)
    set({ cards: [...get().cards, card] })
    const mark = editCount
    void writes
      .enqueue('contribution.add', { sessionId, id: card.id, screenId, text, tag, participantId })
      .then((stored) => {
        // The store numbers the card (a phone's card may have taken the place meant for it):
        // take its answer, unless the card was changed here again meanwhile.
        if (stored && !editedSince(card.id, mark) && get().sessionId === sessionId) {
          get().applyChanges([stored], [], mark)
        }
      })
    return card
  },
  update(id, patch) {
    edited(id)
    set({ cards: get().cards.map((card) => (card.id === id ? { ...card, ...patch } : card)) })
    void writes.enqueue('contribution.update', { id, patch })
  },
  remove(id) {
    const card = get().cards.find((c) => c.id === id)
    if (!card) return
    edited(id)
    set({ cards: get().cards.filter((c) => c.id !== id), deleted: [...get().deleted, card] })
    void writes.enqueue('contribution.delete', { id })
  },
  undo() {
    const card = get().deleted.at(-1)
    if (!card) return undefined
    edited(card.id)
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
    edited(targetId, sourceId)
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
    edited(...ids)
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
