import { useEffect, useRef } from 'react'
import { isOverdue } from '../../../../shared/domain/action-cycle'
import type { Action } from '../../../../shared/domain/action-plan'
import type { Participant } from '../../../../shared/domain/session'
import { formatCalendarDate, todayIsoDate } from '../../format/dates'
import { intlLocale, useLocaleStore, useT } from '../../i18n'
import { useActionsStore } from '../../stores/actions-store'
import { moveId, placeBefore } from '../cards/card-order'
import { ActionEditor } from './ActionEditor'
import type { LinkOption } from './plan-links'

interface ActionListProps {
  participants: Participant[]
  links: { screens: LinkOption[]; factors: LinkOption[]; aspects: LinkOption[] }
  /** Actions whose fields are shown. */
  open: ReadonlySet<string>
  onToggle(id: string): void
}

/** The plan in priority order: reorder with Alt+↑/↓ or by dragging, delete with undo. */
export function ActionList({ participants, links, open, onToggle }: ActionListProps) {
  const t = useT()
  const locale = useLocaleStore((s) => s.locale)
  const actions = useActionsStore((s) => s.actions)
  const { update, remove, reorder } = useActionsStore.getState()
  const listRef = useRef<HTMLOListElement>(null)
  const focusAfter = useRef<string | null>(null)
  const ids = actions.map((a) => a.id)
  const owner = (a: Action) =>
    participants.find((p) => p.id === a.ownerParticipantId)?.name ?? a.ownerText

  useEffect(() => {
    const id = focusAfter.current
    focusAfter.current = null
    if (id)
      listRef.current
        ?.querySelector<HTMLElement>(`[data-action-id="${id}"] .action-summary`)
        ?.focus()
  })

  function move(id: string, delta: number) {
    focusAfter.current = id
    reorder(moveId(ids, id, delta))
  }

  if (actions.length === 0) return <p className="empty">{t('plan.empty')}</p>
  return (
    <ol ref={listRef} className="action-list" aria-label={t('plan.listLabel')}>
      {actions.map((action, index) => (
        <li
          key={action.id}
          data-action-id={action.id}
          className={`action-item status-${action.status}`}
          onDragOver={(event) => event.preventDefault()}
          onDrop={(event) => {
            const dragged = event.dataTransfer.getData('text/x-samenspel-action')
            if (dragged) reorder(placeBefore(ids, dragged, action.id))
          }}
        >
          <div className="action-row">
            <button
              type="button"
              className="action-summary"
              draggable
              aria-expanded={open.has(action.id)}
              onDragStart={(event) =>
                event.dataTransfer.setData('text/x-samenspel-action', action.id)
              }
              onClick={() => onToggle(action.id)}
              onKeyDown={(event) => {
                if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
                  event.preventDefault()
                  event.stopPropagation()
                  move(action.id, event.key === 'ArrowUp' ? -1 : 1)
                } else if (event.key === 'Delete') {
                  event.preventDefault()
                  event.stopPropagation()
                  remove(action.id)
                }
              }}
            >
              <span className="action-rank">{index + 1}</span>
              <span className="action-what">{action.what}</span>
              <span className="action-facts">
                {[
                  t(`plan.status.${action.status}`),
                  owner(action),
                  action.deadline && formatCalendarDate(action.deadline, intlLocale(locale))
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {isOverdue(action, todayIsoDate()) && (
                  <span className="overdue-flag">{t('cycle.overdue')}</span>
                )}
              </span>
            </button>
            <button
              type="button"
              onClick={() => move(action.id, -1)}
              aria-label={t('plan.moveUp', { what: action.what })}
            >
              ↑
            </button>
            <button
              type="button"
              onClick={() => move(action.id, 1)}
              aria-label={t('plan.moveDown', { what: action.what })}
            >
              ↓
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => remove(action.id)}
              aria-label={t('plan.delete', { what: action.what })}
            >
              {t('common.delete')}
            </button>
          </div>
          {open.has(action.id) && (
            <ActionEditor
              action={action}
              participants={participants}
              links={links}
              onChange={(patch) => update(action.id, patch)}
            />
          )}
        </li>
      ))}
    </ol>
  )
}
