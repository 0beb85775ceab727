import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Participant } from '../../../../shared/domain/session'
import {
  contributionTags,
  maxContributionLength,
  type ContributionTag
} from '../../../../shared/domain/workspace'
import { charCount } from '../../format/char-limit'
import { useT, type Translate } from '../../i18n'
import { loneTagPrefix, splitTagPrefix } from './card-order'
import { CharCounter } from './CharCounter'
import { readDraft, useSavedDraft } from './composer-draft'

interface CardComposerProps {
  participants: Participant[]
  onAdd(text: string, tag: ContributionTag | null, participantId: string | null): void
  /**
   * Where the half-typed card is kept, so a reload or a crash of the tab does not lose it.
   * Read once: give the composer a `key` per draft.
   */
  draftKey?: string
}

export const composerInputId = 'card-composer-input'

/**
 * Type and press Enter: the card is there and the input is ready for the next one. Shift+Enter
 * starts a new line. "Wie zegt het?" stays as chosen (one person often says several things);
 * the label is per card. A "+", "-" or "!" alone chooses the label for the card about to be typed.
 */
export const CardComposer = memo(function CardComposer({
  participants,
  onAdd,
  draftKey
}: CardComposerProps) {
  const t = useT()
  const [text, setText] = useState(() => readDraft(draftKey))
  useSavedDraft(draftKey, text)
  const [tag, setTag] = useState<ContributionTag | ''>('')
  const [participantId, setParticipantId] = useState('')
  const [announcement, setAnnouncement] = useState('')
  const count = charCount(text, maxContributionLength)
  // A participant removed from the session meanwhile is no longer a choice.
  const speaker = participants.some((p) => p.id === participantId) ? participantId : ''

  function submit() {
    const lone = loneTagPrefix(text)
    if (lone) {
      setTag(lone)
      setText('')
      setAnnouncement(t('cardEdit.prefixChosen', { tag: t(`tag.${lone}`) }))
      return
    }
    const parsed = splitTagPrefix(text)
    if (parsed.text === '' || count?.over) return
    onAdd(parsed.text, parsed.tag ?? (tag || null), speaker || null)
    setText('')
    setTag('')
    setAnnouncement('')
  }

  // The choices and the button render only when what they show changes, not per keystroke.
  const latestSubmit = useRef(submit)
  useEffect(() => {
    latestSubmit.current = submit
  })
  const onSubmit = useCallback(() => latestSubmit.current(), [])
  const labels = useMemo(
    () => ({
      input: t('cards.inputLabel'),
      placeholder: t('cards.inputPlaceholder'),
      hint: t('cards.hint')
    }),
    [t]
  )

  function cycleParticipant(delta: number) {
    const ids = ['', ...participants.map((p) => p.id)]
    const index = ids.indexOf(speaker)
    setParticipantId(ids[(index + delta + ids.length) % ids.length] ?? '')
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
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
      {/*
       * The label sits beside the text area, not around it: a label's content is the control's
       * name, and a text area inside it would put everything typed into its own name.
       */}
      <div className="composer-text">
        <label htmlFor={composerInputId}>{labels.input}</label>
        <textarea
          id={composerInputId}
          data-clicker-keys="on"
          value={text}
          rows={Math.min(6, Math.max(1, text.split('\n').length))}
          autoComplete="off"
          placeholder={labels.placeholder}
          onChange={(event) => {
            setText(event.target.value)
            setAnnouncement('')
          }}
          onKeyDown={onKeyDown}
          aria-invalid={count?.over || undefined}
          aria-describedby={count ? 'card-composer-count card-composer-hint' : 'card-composer-hint'}
        />
      </div>
      <ComposerChoices
        t={t}
        participants={participants}
        speaker={speaker}
        tag={tag}
        onSpeaker={setParticipantId}
        onTag={setTag}
        onSubmit={onSubmit}
      />
      {count && <CharCounter id="card-composer-count" count={count} />}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <p id="card-composer-hint" className="hint">
        {labels.hint}
      </p>
    </div>
  )
})

interface ComposerChoicesProps {
  t: Translate
  participants: Participant[]
  speaker: string
  tag: ContributionTag | ''
  onSpeaker(participantId: string): void
  onTag(tag: ContributionTag | ''): void
  onSubmit(): void
}

/** "Wie zegt het?", the label and the button: the same while the card is typed. */
const ComposerChoices = memo(function ComposerChoices({
  t,
  participants,
  speaker,
  tag,
  onSpeaker,
  onTag,
  onSubmit
}: ComposerChoicesProps) {
  return (
    <>
      <label>
        {t('cards.who')}
        <select value={speaker} onChange={(event) => onSpeaker(event.target.value)}>
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
        <select value={tag} onChange={(event) => onTag(event.target.value as ContributionTag | '')}>
          <option value="">{t('cards.noTag')}</option>
          {contributionTags.map((value) => (
            <option key={value} value={value}>
              {t(`tag.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" onClick={onSubmit}>
        {t('cards.add')}
      </button>
    </>
  )
})
