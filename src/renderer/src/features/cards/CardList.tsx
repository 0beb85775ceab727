import { useEffect, useRef } from 'react'
import type { Participant } from '../../../../shared/domain/session'
import type { Contribution } from '../../../../shared/domain/workspace'
import { useT } from '../../i18n'
import { CardItem } from './CardItem'
import { moveId, placeBefore } from './card-order'
import type { CardIntent } from './card-keys'

export interface CardListActions {
  update(id: string, patch: Partial<Pick<Contribution, 'text' | 'tag' | 'carryToPlan'>>): void
  remove(id: string): void
  reorder(ids: string[]): void
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
  const names = new Map(participants.map((p) => [p.id, p.name]))
  const ids = cards.map((card) => card.id)

  useEffect(() => {
    const id = focusAfterRender.current
    if (!id) return
    focusAfterRender.current = null
    listRef.current?.querySelector<HTMLElement>(`[data-card-id="${id}"]`)?.focus()
  })

  function focusCard(id: string | undefined) {
    if (id) listRef.current?.querySelector<HTMLElement>(`[data-card-id="${id}"]`)?.focus()
    else onFocusOutside?.()
  }

  function handle(card: Contribution, intent: CardIntent) {
    const index = ids.indexOf(card.id)
    switch (intent.type) {
      case 'delete':
        focusAfterRender.current = ids[index + 1] ?? ids[index - 1] ?? null
        if (!focusAfterRender.current) onFocusOutside?.()
        return actions.remove(card.id)
      case 'move':
        focusAfterRender.current = card.id
        return actions.reorder(moveId(ids, card.id, intent.delta))
      case 'focus':
        return focusCard(ids[index + intent.delta])
      case 'tag':
        return actions.update(card.id, { tag: intent.tag })
      case 'toggle-plan':
        return actions.update(card.id, { carryToPlan: !card.carryToPlan })
      default:
        return undefined
    }
  }

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
          onIntent={(intent) => handle(card, intent)}
          onSaveText={(text) => actions.update(card.id, { text })}
          onDropCard={(dragged) => actions.reorder(placeBefore(ids, dragged, card.id))}
        />
      ))}
    </ol>
  )
}
