import { useEffect, useId, useRef } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { ContentBundle } from '../../../../shared/content/content-bundle'
import type { FlowScreen } from '../../../../shared/domain/session-flow'
import type { Contribution } from '../../../../shared/domain/workspace'
import { useT } from '../../i18n'
import { useCardsStore } from '../../stores/cards-store'
import { CardText } from './CardText'

interface HeldCardsPanelProps {
  flow: FlowScreen[]
  content: ContentBundle
  screenLabel(screen: FlowScreen): string
  onClose(): void
}

/** Every held card of the session in one list, by screen, to approve or delete one by one or all. */
export function HeldCardsPanel({ flow, content, screenLabel, onClose }: HeldCardsPanelProps) {
  const t = useT()
  const titleId = useId()
  const titleRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => titleRef.current?.focus(), [])
  const held = useCardsStore(useShallow((state) => state.cards.filter((card) => card.held)))
  const { update, remove } = useCardsStore.getState()

  const nameOf = (screenId: string): string => {
    const screen = flow.find((s) => s.id === screenId)
    if (screen) return screenLabel(screen)
    const index = content.quickscan.questions.findIndex((q) => q.id === screenId)
    return index >= 0 ? t('held.quickscanScreen', { number: index + 1 }) : t('held.otherScreen')
  }
  // In the order of the meeting, then as the cards came in.
  const order = (screenId: string) => {
    const index = flow.findIndex((s) => s.id === screenId)
    return index >= 0 ? index : flow.length
  }
  const groups = [...new Set(held.map((card) => card.screenId))]
    .sort((a, b) => order(a) - order(b))
    .map((screenId) => ({ screenId, cards: held.filter((card) => card.screenId === screenId) }))

  return (
    <aside
      className="side-panel held-panel"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        onClose()
      }}
    >
      <div className="side-panel-head">
        <h2 id={titleId} ref={titleRef} tabIndex={-1}>
          {t('held.title')}
        </h2>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p className="hint">{t('held.intro')}</p>
      {held.length === 0 ? (
        <p role="status">{t('held.none')}</p>
      ) : (
        <>
          <button
            type="button"
            className="primary"
            onClick={() => held.forEach((card) => update(card.id, { held: false }))}
          >
            {t('held.approveAll', { count: held.length })}
          </button>
          {groups.map((group) => (
            <section key={group.screenId} className="held-group">
              <h3>{nameOf(group.screenId)}</h3>
              <ul className="held-list">
                {group.cards.map((card) => (
                  <HeldCard
                    key={card.id}
                    card={card}
                    onApprove={() => update(card.id, { held: false })}
                    onDelete={() => remove(card.id)}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </aside>
  )
}

function HeldCard({
  card,
  onApprove,
  onDelete
}: {
  card: Contribution
  onApprove(): void
  onDelete(): void
}) {
  const t = useT()
  return (
    <li className="held-card">
      <CardText text={card.text} foldable />
      {card.deviceName && <p className="held-from">{t('held.from', { name: card.deviceName })}</p>}
      <div className="held-actions">
        <button type="button" className="primary" onClick={onApprove}>
          {t('held.approve')}
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          {t('held.delete')}
        </button>
      </div>
    </li>
  )
}

/**
 * The toolbar's count of held cards, on every screen and area: shown while any wait (or the list
 * is open), and it opens the list.
 */
export function HeldCardsButton({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const t = useT()
  const count = useCardsStore((state) =>
    state.cards.reduce((n, card) => n + (card.held ? 1 : 0), 0)
  )
  if (count === 0 && !open) return null
  return (
    <button
      type="button"
      className={count > 0 ? 'held-button waiting' : 'held-button'}
      aria-pressed={open}
      onClick={onToggle}
    >
      {t('held.button', { count })}
    </button>
  )
}
