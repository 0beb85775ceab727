import { useEffect, useState, type KeyboardEvent } from 'react'
import type { Participant } from '../../../../shared/domain/session'
import { contributionTags, type ContributionTag } from '../../../../shared/domain/workspace'
import { useT } from '../../i18n'
import { splitTagPrefix } from './card-order'

interface CardComposerProps {
  participants: Participant[]
  onAdd(text: string, tag: ContributionTag | null, participantId: string | null): void
  /**
   * Where the half-typed card is kept, so a reload or a crash of the tab does not lose it.
   * Read once: give the composer a `key` per draft.
   */
  draftKey?: string
}

function readDraft(key: string | undefined): string {
  if (!key) return ''
  try {
    return window.localStorage.getItem(key) ?? ''
  } catch {
    return ''
  }
}

function writeDraft(key: string | undefined, text: string): void {
  if (!key) return
  try {
    if (text === '') window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, text)
  } catch {
    // The browser's storage is full or off: the draft lives on screen only.
  }
}

export const composerInputId = 'card-composer-input'

/** Type and press Enter: the card is there and the input is ready for the next one. */
export function CardComposer({ participants, onAdd, draftKey }: CardComposerProps) {
  const t = useT()
  const [text, setText] = useState(() => readDraft(draftKey))
  useEffect(() => writeDraft(draftKey, text), [draftKey, text])
  const [tag, setTag] = useState<ContributionTag | ''>('')
  const [participantId, setParticipantId] = useState('')

  function submit() {
    const parsed = splitTagPrefix(text)
    if (parsed.text === '') return
    onAdd(parsed.text, parsed.tag ?? (tag || null), participantId || null)
    setText('')
    setTag('')
    setParticipantId('')
  }

  function cycleParticipant(delta: number) {
    const ids = ['', ...participants.map((p) => p.id)]
    const index = ids.indexOf(participantId)
    setParticipantId(ids[(index + delta + ids.length) % ids.length] ?? '')
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault()
      submit()
    } else if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault()
      cycleParticipant(event.key === 'ArrowDown' ? 1 : -1)
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault()
      setText('')
    }
  }

  return (
    <div className="card-composer">
      <label className="composer-text">
        {t('cards.inputLabel')}
        <input
          id={composerInputId}
          value={text}
          maxLength={100_000}
          autoComplete="off"
          placeholder={t('cards.inputPlaceholder')}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby="card-composer-hint"
        />
      </label>
      <label>
        {t('cards.who')}
        <select value={participantId} onChange={(event) => setParticipantId(event.target.value)}>
          <option value="">{t('cards.nobody')}</option>
          {participants.map((participant) => (
            <option key={participant.id} value={participant.id}>
              {participant.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('cards.tag')}
        <select
          value={tag}
          onChange={(event) => setTag(event.target.value as ContributionTag | '')}
        >
          <option value="">{t('cards.noTag')}</option>
          {contributionTags.map((value) => (
            <option key={value} value={value}>
              {t(`tag.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" onClick={submit}>
        {t('cards.add')}
      </button>
      <p id="card-composer-hint" className="hint">
        {t('cards.hint')}
      </p>
    </div>
  )
}
