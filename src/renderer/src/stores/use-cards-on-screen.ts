import { useMemo } from 'react'
import type { Contribution } from '../../../shared/domain/workspace'
import { cardsOnScreen, useCardsStore } from './cards-store'

const sameItems = (a: readonly Contribution[], b: readonly Contribution[]): boolean =>
  a.length === b.length && a.every((card, i) => card === b[i])

const noCards: Contribution[] = []

/** A selector that computes only when the cards array changed, and keeps its last answer. */
function screenSelector(
  screenId: string | null,
  shown: (card: Contribution) => boolean
): (state: { cards: Contribution[] }) => Contribution[] {
  let seen: Contribution[] | null = null
  let answer = noCards
  return ({ cards }) => {
    if (cards === seen) return answer
    seen = cards
    const next = screenId ? cardsOnScreen(cards, screenId).filter(shown) : noCards
    if (!sameItems(next, answer)) answer = next
    return answer
  }
}

/**
 * The cards of one screen in their order, `shown` ones only (pass a stable function); the same
 * array as last time when none of them changed, so a list of 5,000 does not render for a change
 * elsewhere. Computed once per change of the cards, not on every read of the store, and compared
 * by index (a shallow compare of 5,000 builds two Maps on every change).
 */
export function useCardsOnScreen(
  screenId: string | null,
  shown: (card: Contribution) => boolean
): Contribution[] {
  const selector = useMemo(() => screenSelector(screenId, shown), [screenId, shown])
  return useCardsStore(selector)
}
