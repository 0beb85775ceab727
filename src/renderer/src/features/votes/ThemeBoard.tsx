import { useState, type DragEvent } from 'react'
import type { Contribution } from '../../../../shared/domain/workspace'
import type { CardTheme } from '../../../../shared/domain/votes'
import { useT } from '../../i18n'
import { useVotesStore } from '../../stores/votes-store'

interface ThemeBoardProps {
  screenId: string
  cards: Contribution[]
  themes: CardTheme[]
  onError(message: string): void
}

const dragType = 'application/x-samenspel-card'

/**
 * Cards of one question grouped under names. Dragging a card onto a theme moves it there; the
 * list beside each card does the same by keyboard.
 */
export function ThemeBoard({ screenId, cards, themes, onError }: ThemeBoardProps) {
  const t = useT()
  const { assign, createTheme, renameTheme, removeTheme } = useVotesStore.getState()
  const [title, setTitle] = useState('')
  const themeOf = new Map(themes.flatMap((theme) => theme.cardIds.map((id) => [id, theme.id])))
  const fail = (e: Error) => onError(e.message)
  const move = (cardId: string, themeId: string | null) => void assign(cardId, themeId).catch(fail)
  const onDrop = (themeId: string | null) => (event: DragEvent) => {
    event.preventDefault()
    const cardId = event.dataTransfer.getData(dragType)
    if (cardId) move(cardId, themeId)
  }
  const card = (c: Contribution) => (
    <li
      key={c.id}
      className="theme-card"
      draggable
      onDragStart={(event) => event.dataTransfer.setData(dragType, c.id)}
      data-card-id={c.id}
    >
      <span>{c.text}</span>
      <select
        aria-label={`${t('theme.moveTo')}: ${c.text}`}
        value={themeOf.get(c.id) ?? ''}
        onChange={(e) => move(c.id, e.target.value || null)}
      >
        <option value="">{t('theme.none')}</option>
        {themes.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.title}
          </option>
        ))}
      </select>
    </li>
  )
  const group = (themeId: string | null, heading: React.ReactNode, members: Contribution[]) => (
    <section
      className="theme-group"
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop(themeId)}
      data-theme-id={themeId ?? 'geen'}
    >
      {heading}
      <ul>{members.map(card)}</ul>
    </section>
  )
  if (cards.length === 0) return <p className="empty">{t('theme.noCards')}</p>
  return (
    <div className="theme-board">
      <p className="hint">{t('theme.dragHint')}</p>
      <form
        className="theme-new"
        onSubmit={(event) => {
          event.preventDefault()
          if (!title.trim()) return
          void createTheme(screenId, title.trim())
            .then(() => setTitle(''))
            .catch(fail)
        }}
      >
        <label>
          {t('theme.new')}
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <button type="submit">{t('theme.add')}</button>
      </form>
      <div className="theme-groups">
        {themes.map((theme) =>
          group(
            theme.id,
            <div className="theme-heading">
              <input
                aria-label={t('theme.rename')}
                defaultValue={theme.title}
                maxLength={200}
                onBlur={(e) => {
                  const next = e.target.value.trim()
                  if (next && next !== theme.title) void renameTheme(theme.id, next).catch(fail)
                }}
              />
              <button
                type="button"
                className="link"
                onClick={() => void removeTheme(theme.id).catch(fail)}
              >
                {t('theme.delete')}
              </button>
            </div>,
            cards.filter((c) => themeOf.get(c.id) === theme.id)
          )
        )}
        {group(
          null,
          <h3>{t('theme.ungrouped')}</h3>,
          cards.filter((c) => !themeOf.has(c.id))
        )}
      </div>
    </div>
  )
}
