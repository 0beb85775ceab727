import { useState, type FormEvent } from 'react'
import type { SessionSummary } from '../../../../shared/domain/session'
import { formatCalendarDate } from '../../format/dates'
import { intlLocale, useLocaleStore, useT } from '../../i18n'

interface SessionListItemProps {
  session: SessionSummary
  onOpen(): void
  onRename(title: string): Promise<boolean>
  onDelete(): void
}

export function SessionListItem({ session, onOpen, onRename, onDelete }: SessionListItemProps) {
  const t = useT()
  const locale = useLocaleStore((state) => state.locale)
  const [renaming, setRenaming] = useState(false)
  const [title, setTitle] = useState(session.title)

  async function submitRename(event: FormEvent) {
    event.preventDefault()
    if (title.trim() === '' || title === session.title) return setRenaming(false)
    if (await onRename(title)) setRenaming(false)
  }

  const meta = [
    formatCalendarDate(session.date, intlLocale(locale)),
    session.school,
    session.team,
    session.participantCount === 1
      ? t('start.participantsOne')
      : t('start.participants', { count: session.participantCount })
  ].filter(Boolean)

  return (
    <li className="session-item">
      {renaming ? (
        <form onSubmit={submitRename} className="rename-form">
          <input
            aria-label={t('start.renameLabel')}
            value={title}
            maxLength={200}
            autoFocus
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                setTitle(session.title)
                setRenaming(false)
              }
            }}
          />
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <div className="session-heading">
          <h3>
            <button type="button" className="link session-open" onClick={onOpen}>
              {session.title}
            </button>
          </h3>
          <p className="meta">{meta.join(' · ')}</p>
        </div>
      )}
      {!renaming && (
        <div className="session-actions">
          <button
            type="button"
            onClick={onOpen}
            aria-label={`${t('start.open')}: ${session.title}`}
          >
            {t('start.open')}
          </button>
          <button
            type="button"
            onClick={() => {
              setTitle(session.title)
              setRenaming(true)
            }}
            aria-label={`${t('start.rename')}: ${session.title}`}
          >
            {t('start.rename')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={onDelete}
            aria-label={`${t('start.delete')}: ${session.title}`}
          >
            {t('start.delete')}
          </button>
        </div>
      )}
    </li>
  )
}
