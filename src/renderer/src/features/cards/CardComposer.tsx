import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject
} from 'react'
import type { Participant } from '../../../../shared/domain/session'
import {
  contributionTags,
  maxContributionLength,
  type ContributionTag
} from '../../../../shared/domain/workspace'
import { charCount, type CharCount } from '../../format/char-limit'
import { useT, type Translate } from '../../i18n'
import { loneTagPrefix, splitTagPrefix } from './card-order'
import { CharCounter } from './CharCounter'
import { readDraft, useDraftSaver } from './composer-draft'

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
  // The text lives in the text area itself (uncontrolled): a keystroke renders nothing here.
  // React writes a controlled text area's whole text into the DOM again on every render, and
  // that cost the facilitator's tab more per keystroke than everything else the app does.
  const inputRef = useRef<HTMLTextAreaElement>(null)
  const [initial] = useState(() => readDraft(draftKey))
  const saveDraft = useDraftSaver(draftKey)
  // What the screen shows about the text, kept only when it changes (most keystrokes do not).
  const [lines, setLines] = useState(() => linesOf(initial))
  const [count, setCount] = useState(() => charCount(initial, maxContributionLength))
  const [tag, setTag] = useState<ContributionTag | ''>('')
  const [participantId, setParticipantId] = useState('')
  const [announcement, setAnnouncement] = useState('')
  // A participant removed from the session meanwhile is no longer a choice.
  const speaker = participants.some((p) => p.id === participantId) ? participantId : ''

  const textChanged = useCallback(
    (text: string) => {
      setLines(linesOf(text))
      const next = charCount(text, maxContributionLength)
      setCount((shown) => (sameCount(shown, next) ? shown : next))
      setAnnouncement('')
      saveDraft(text)
    },
    [saveDraft]
  )
  const setText = (text: string) => {
    if (inputRef.current) inputRef.current.value = text
    textChanged(text)
  }
  const currentText = () => inputRef.current?.value ?? ''

  function submit() {
    const text = currentText()
    const lone = loneTagPrefix(text)
    if (lone) {
      setTag(lone)
      setText('')
      setAnnouncement(t('cardEdit.prefixChosen', { tag: t(`tag.${lone}`) }))
      return
    }
    const parsed = splitTagPrefix(text)
    if (parsed.text === '' || charCount(text, maxContributionLength)?.over) return
    onAdd(parsed.text, parsed.tag ?? (tag || null), speaker || null)
    setText('')
    setTag('')
  }

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
    } else if (event.key === 'Escape' && currentText() !== '') {
      event.preventDefault()
      setText('')
    }
  }

  // The handlers stay the same functions, so the text area and the choices render only when
  // what they show changes.
  const latest = useRef({ submit, onKeyDown })
  useEffect(() => {
    latest.current = { submit, onKeyDown }
  })
  const onSubmit = useCallback(() => latest.current.submit(), [])
  const onFieldKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTextAreaElement>) => latest.current.onKeyDown(event),
    []
  )
  const labels = useMemo(
    () => ({
      input: t('cards.inputLabel'),
      placeholder: t('cards.inputPlaceholder'),
      hint: t('cards.hint')
    }),
    [t]
  )

  return (
    <div className="card-composer">
      {/*
       * The label sits beside the text area, not around it: a label's content is the control's
       * name, and a text area inside it would put everything typed into its own name.
       */}
      <div className="composer-text">
        <label htmlFor={composerInputId}>{labels.input}</label>
        <ComposerField
          inputRef={inputRef}
          initial={initial}
          rows={Math.min(6, Math.max(1, lines))}
          placeholder={labels.placeholder}
          over={count?.over ?? false}
          counted={count !== null}
          onText={textChanged}
          onKeyDown={onFieldKeyDown}
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

const linesOf = (text: string): number => text.split('\n').length

const sameCount = (a: CharCount | null, b: CharCount | null): boolean =>
  a === b || (a !== null && b !== null && a.length === b.length && a.over === b.over)

interface ComposerFieldProps {
  inputRef: RefObject<HTMLTextAreaElement | null>
  initial: string
  rows: number
  placeholder: string
  over: boolean
  counted: boolean
  onText(text: string): void
  onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void
}

/** The text area, rendered again only when its rows, placeholder or validity change. */
const ComposerField = memo(function ComposerField({
  inputRef,
  initial,
  rows,
  placeholder,
  over,
  counted,
  onText,
  onKeyDown
}: ComposerFieldProps) {
  return (
    <textarea
      ref={inputRef}
      id={composerInputId}
      data-clicker-keys="on"
      defaultValue={initial}
      rows={rows}
      autoComplete="off"
      placeholder={placeholder}
      onChange={(event) => onText(event.target.value)}
      onKeyDown={onKeyDown}
      aria-invalid={over || undefined}
      aria-describedby={counted ? 'card-composer-count card-composer-hint' : 'card-composer-hint'}
    />
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
