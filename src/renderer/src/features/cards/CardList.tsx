import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { Participant } from '../../../../shared/domain/session'
import type { Contribution } from '../../../../shared/domain/workspace'
import { useT } from '../../i18n'
import { CardItem } from './CardItem'
import { moveId, placeBefore } from './card-order'
import type { CardIntent } from './card-keys'
import { useRovingTabindex } from './use-roving-tabindex'
import { useVirtualCards } from './use-virtual-cards'

export interface CardListActions {
  update(
    id: string,
    patch: Partial<Pick<Contribution, 'text' | 'tag' | 'carryToPlan' | 'hidden'>> & { held?: false }
  ): void
  remove(id: string): void
  reorder(ids: string[]): void
  merge(targetId: string, sourceId: string): void
}

interface CardListProps {
  cards: Contribution[]
  participants: Participant[]
  editable: boolean
  actions: CardListActions
  /** Where focus goes when the last card is deleted. */
  onFocusOutside?: () => void
}

/** The cards' ids in order, made when a handler needs them (not on every card that arrives). */
const idsOf = (list: readonly Contribution[]): string[] => list.map((card) => card.id)

export function CardList({
  cards,
  participants,
  editable,
  actions,
  onFocusOutside
}: CardListProps) {
  const t = useT()
  const listRef = useRef<HTMLOListElement>(null)
  const focusAfterRender = useRef<string | null>(null)
  const names = useMemo(() => new Map(participants.map((p) => [p.id, p.name])), [participants])
  // Handlers read the latest cards through a ref so they can stay the same function across
  // renders: a memoised card then skips rendering when another card is added.
  // A long list renders only the rows near the screen.
  const virtual = useVirtualCards(cards.length, listRef)
  const latest = useRef({ cards, actions, onFocusOutside, virtual })
  useEffect(() => {
    latest.current = { cards, actions, onFocusOutside, virtual }
  })
  useLayoutEffect(() => virtual.measureRendered())

  useEffect(() => {
    const id = focusAfterRender.current
    if (!id) return
    const card = listRef.current?.querySelector<HTMLElement>(`[data-card-id="${id}"]`)
    // Not rendered yet (scrolled away in a long list): the next render has it.
    if (!card) return
    focusAfterRender.current = null
    card.focus()
  })

  const focusCard = useCallback((id: string | undefined) => {
    if (!id) return latest.current.onFocusOutside?.()
    const card = listRef.current?.querySelector<HTMLElement>(`[data-card-id="${id}"]`)
    if (card) return card.focus()
    focusAfterRender.current = id
    latest.current.virtual.reveal(latest.current.cards.findIndex((card) => card.id === id))
  }, [])

  const onEdge = useCallback(
    (edge: 'first' | 'last') => {
      const all = latest.current.cards
      focusCard(edge === 'first' ? all[0]?.id : all.at(-1)?.id)
    },
    [focusCard]
  )
  // Home/End reach the list's ends even when those cards are not rendered (a long list).
  useRovingTabindex(listRef, virtual.style ? onEdge : undefined)

  const onIntent = useCallback(
    (cardId: string, intent: CardIntent) => {
      const { cards: all, actions: act, onFocusOutside: outside } = latest.current
      const index = all.findIndex((c) => c.id === cardId)
      const card = all[index]
      if (!card) return
      const order = idsOf(all)
      switch (intent.type) {
        case 'delete':
          focusAfterRender.current = order[index + 1] ?? order[index - 1] ?? null
          if (!focusAfterRender.current) outside?.()
          return act.remove(cardId)
        case 'move':
          focusAfterRender.current = cardId
          return act.reorder(moveId(order, cardId, intent.delta))
        case 'focus':
          return focusCard(order[index + intent.delta])
        case 'tag':
          return act.update(cardId, { tag: intent.tag })
        case 'toggle-plan':
          return act.update(cardId, { carryToPlan: !card.carryToPlan })
        case 'approve':
          return card.held ? act.update(cardId, { held: false }) : undefined
        case 'toggle-hidden':
          return act.update(cardId, { hidden: !card.hidden })
        case 'merge-up': {
          const target = order[index - 1]
          if (!target) return undefined
          focusAfterRender.current = target
          return act.merge(target, cardId)
        }
        default:
          return undefined
      }
    },
    [focusCard]
  )
  const onSaveText = useCallback(
    (cardId: string, text: string) => latest.current.actions.update(cardId, { text }),
    []
  )
  const onDropCard = useCallback(
    (targetId: string, dragged: string) =>
      latest.current.actions.reorder(placeBefore(idsOf(latest.current.cards), dragged, targetId)),
    []
  )

  if (cards.length === 0) return <p className="empty cards-empty">{t('cards.empty')}</p>
  return (
    <ol
      ref={listRef}
      className="card-list"
      style={virtual.style}
      aria-label={t('cards.listLabel', { count: cards.length })}
    >
      {cards.slice(virtual.first, virtual.end).map((card) => (
        <CardItem
          key={card.id}
          card={card}
          author={card.participantId ? (names.get(card.participantId) ?? null) : null}
          editable={editable}
          onIntent={onIntent}
          onSaveText={onSaveText}
          onDropCard={onDropCard}
        />
      ))}
    </ol>
  )
}
