import { useCallback, useEffect, useRef } from 'react'
import type { Participant } from '../../../../shared/domain/session'
import type { Contribution } from '../../../../shared/domain/workspace'
import { useT } from '../../i18n'
import { CardItem } from './CardItem'
import { moveId, placeBefore } from './card-order'
import type { CardIntent } from './card-keys'
import { useRovingTabindex } from './use-roving-tabindex'

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
  useRovingTabindex(listRef)
  const names = new Map(participants.map((p) => [p.id, p.name]))
  const ids = cards.map((card) => card.id)
  // Handlers read the latest cards through a ref so they can stay the same function across
  // renders: a memoised card then skips rendering when another card is added.
  const latest = useRef({ cards, ids, actions, onFocusOutside })
  useEffect(() => {
    latest.current = { cards, ids, actions, onFocusOutside }
  })

  useEffect(() => {
    const id = focusAfterRender.current
    if (!id) return
    focusAfterRender.current = null
    listRef.current?.querySelector<HTMLElement>(`[data-card-id="${id}"]`)?.focus()
  })

  const focusCard = useCallback((id: string | undefined) => {
    if (id) listRef.current?.querySelector<HTMLElement>(`[data-card-id="${id}"]`)?.focus()
    else latest.current.onFocusOutside?.()
  }, [])

  const onIntent = useCallback(
    (cardId: string, intent: CardIntent) => {
      const { cards: all, ids: order, actions: act, onFocusOutside: outside } = latest.current
      const card = all.find((c) => c.id === cardId)
      if (!card) return
      const index = order.indexOf(cardId)
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
      latest.current.actions.reorder(placeBefore(latest.current.ids, dragged, targetId)),
    []
  )

  if (cards.length === 0) return <p className="empty cards-empty">{t('cards.empty')}</p>
  return (
    <ol
      ref={listRef}
      className="card-list"
      aria-label={t('cards.listLabel', { count: cards.length })}
    >
      {cards.map((card) => (
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
