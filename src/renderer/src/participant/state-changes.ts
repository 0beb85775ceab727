import type {
  OwnContribution,
  ParticipantState,
  StateChanges
} from '../../../shared/participant/protocol'

const sameCard = (a: OwnContribution, b: OwnContribution): boolean =>
  a.id === b.id &&
  a.screenId === b.screenId &&
  a.text === b.text &&
  a.status === b.status &&
  a.createdAt === b.createdAt

/**
 * The phone's state after a change from the server. Cards that did not change keep their
 * object (and what is unchanged keeps the state itself), so nothing renders for nothing.
 */
export function applyStateChanges(
  state: ParticipantState,
  changes: StateChanges
): ParticipantState {
  if (changes.kind === 'state') return changes.state
  if (changes.kind === 'none') {
    return changes.version === state.version ? state : { ...state, version: changes.version }
  }
  const removed = new Set(changes.removedMine)
  const incoming = new Map(changes.mine.map((card) => [card.id, card]))
  let touched = removed.size > 0
  const mine: OwnContribution[] = []
  for (const card of state.mine) {
    if (removed.has(card.id)) continue
    const next = incoming.get(card.id)
    incoming.delete(card.id)
    if (next && !sameCard(next, card)) {
      touched = true
      mine.push(next)
    } else mine.push(card)
  }
  // New cards come after the ones already shown, oldest first, as the server lists them.
  const added = [...incoming.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  if (added.length > 0) touched = true
  return {
    ...state,
    ...(changes.header ?? {}),
    version: changes.version,
    mine: touched ? [...mine, ...added] : state.mine
  }
}
