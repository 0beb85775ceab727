import { memo, useEffect, useRef, useState, type DragEvent } from 'react'
import { CardPersonalData } from '../privacy/PersonalDataNotice'
import type { Contribution } from '../../../../shared/domain/workspace'
import { useT } from '../../i18n'
import { CardEditor } from './CardEditor'
import { CardText } from './CardText'
import { TagMenu } from './TagMenu'
import { cardIntent, type CardIntent } from './card-keys'

interface CardItemProps {
  card: Contribution
  author: string | null
  /** Read-only cards (projector, presenter) have no controls. */
  editable: boolean
  /** Stable callbacks taking the card's id, so a new card does not re-render the others. */
  onIntent(cardId: string, intent: CardIntent): void
  onSaveText(cardId: string, text: string): void
  onDropCard(targetId: string, draggedId: string): void
}

export const CardItem = memo(function CardItem(props: CardItemProps) {
  const { card, author, editable } = props
  const onIntent = (intent: CardIntent) => props.onIntent(card.id, intent)
  const onSaveText = (text: string) => props.onSaveText(card.id, text)
  const onDropCard = (dragged: string) => props.onDropCard(card.id, dragged)
  const t = useT()
  const [editing, setEditing] = useState(false)
  const itemRef = useRef<HTMLLIElement>(null)
  const wasEditing = useRef(false)
  // Back on the card after editing, so the keyboard user can go on from where they were.
  useEffect(() => {
    if (wasEditing.current && !editing) itemRef.current?.focus()
    wasEditing.current = editing
  }, [editing])
  const act = (intent: CardIntent) => (intent.type === 'edit' ? setEditing(true) : onIntent(intent))
  const label = [card.text, card.tag && t(`tag.${card.tag}`), author].filter(Boolean).join(' — ')

  return (
    <li
      ref={itemRef}
      className={[
        'contribution-card',
        card.tag && `tag-${card.tag}`,
        card.carryToPlan && 'in-plan',
        (card.held || card.hidden) && 'off-projector'
      ]
        .filter(Boolean)
        .join(' ')}
      data-card-id={card.id}
      tabIndex={editable && !editing ? 0 : undefined}
      aria-label={editable ? label : undefined}
      draggable={editable && !editing}
      onDragStart={(event: DragEvent) =>
        event.dataTransfer.setData('text/x-samenspel-card', card.id)
      }
      onDragOver={(event) => editable && event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault()
        const dragged = event.dataTransfer.getData('text/x-samenspel-card')
        if (dragged) onDropCard(dragged)
      }}
      onKeyDown={(event) => {
        if (!editable || editing || event.target !== event.currentTarget) return
        const intent = cardIntent(event.key, event.altKey, event.ctrlKey || event.metaKey)
        if (!intent) return
        event.preventDefault()
        event.stopPropagation()
        act(intent)
      }}
    >
      {editing ? (
        <CardEditor
          initial={card.text}
          onSave={(text) => {
            setEditing(false)
            if (text !== card.text) onSaveText(text)
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <CardText text={card.text} foldable={editable} />
      )}
      <div className="card-meta">
        {card.tag && <span className={`tag-badge tag-${card.tag}`}>{t(`tag.${card.tag}`)}</span>}
        {author && <span className="card-author">{author}</span>}
        {card.origin === 'deelnemer' && (
          <span className="card-author device">
            {card.deviceName
              ? t('cards.fromDeviceNamed', { name: card.deviceName })
              : t('cards.fromDevice')}
          </span>
        )}
        {card.mergedFrom.length > 0 && (
          <span className="card-author merged">
            {t('cards.mergedFrom', { names: card.mergedFrom.join(', ') })}
          </span>
        )}
        {card.carryToPlan && <span className="plan-badge">{t('cards.inPlan')}</span>}
        {card.held && <span className="held-badge">{t('cards.held')}</span>}
        {card.hidden && <span className="hidden-badge">{t('cards.hiddenBadge')}</span>}
      </div>
      {editable && !editing && <CardPersonalData card={card} onSave={onSaveText} />}
      {editable && !editing && <CardActions card={card} onIntent={act} />}
    </li>
  )
})

function CardActions({
  card,
  onIntent
}: {
  card: Contribution
  onIntent(intent: CardIntent): void
}) {
  const t = useT()
  return (
    <div className="card-actions" role="group" aria-label={t('cards.actions')}>
      {card.held && (
        <button type="button" className="primary" onClick={() => onIntent({ type: 'approve' })}>
          {t('cards.approve')}
        </button>
      )}
      <button type="button" onClick={() => onIntent({ type: 'edit' })}>
        {t('cards.edit')}
      </button>
      <TagMenu current={card.tag} onChoose={(tag) => onIntent({ type: 'tag', tag })} />
      <button
        type="button"
        aria-pressed={card.carryToPlan}
        onClick={() => onIntent({ type: 'toggle-plan' })}
      >
        {t('cards.toPlan')}
      </button>
      <button
        type="button"
        aria-pressed={card.hidden}
        onClick={() => onIntent({ type: 'toggle-hidden' })}
      >
        {t('cards.hide')}
      </button>
      <button
        type="button"
        onClick={() => onIntent({ type: 'merge-up' })}
        aria-label={t('cards.mergeUp')}
      >
        {t('cards.merge')}
      </button>
      <button
        type="button"
        onClick={() => onIntent({ type: 'move', delta: -1 })}
        aria-label={t('cards.moveUp')}
      >
        ↑
      </button>
      <button
        type="button"
        onClick={() => onIntent({ type: 'move', delta: 1 })}
        aria-label={t('cards.moveDown')}
      >
        ↓
      </button>
      <button type="button" className="danger" onClick={() => onIntent({ type: 'delete' })}>
        {t('common.delete')}
      </button>
    </div>
  )
}
