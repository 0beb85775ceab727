import type { ApiError } from './api'
import { useCallback, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { ParticipantState } from '../../../shared/participant/protocol'
import { charCount } from '../format/char-limit'
import { ErrorAlert } from './ErrorAlert'
import { OwnContributions } from './OwnContributions'
import { QuestionChoice } from './QuestionChoice'
import { t } from './i18n'
import { useSendContribution } from './use-send-contribution'

/** The protocol's limit on one card. */
export const maxContributionChars = 5_000

interface ContributeScreenProps {
  token: string
  state: ParticipantState
  refresh(): Promise<void>
  /** The session ended or this phone's joining did; the error says which. */
  onEnded(error?: ApiError): void
}

export function ContributeScreen({ token, state, refresh, onEnded }: ContributeScreenProps) {
  const [text, setText] = useState('')
  const [chosenId, setChosenId] = useState<string | null>(null)
  const [localError, setLocalError] = useState<string | null>(null)
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  // Whatever was typed meanwhile stays below the failed text: nothing the participant wrote is lost.
  const restore = useCallback(
    (failed: string) => setText((current) => (current.trim() ? `${failed}\n${current}` : failed)),
    []
  )
  const sending = useSendContribution({ token, refresh, onEnded, restore })
  // The chosen screen may have closed since; then the first open one is meant.
  const screen = state.open.find((open) => open.screenId === chosenId) ?? state.open[0]
  const canSend = !state.paused && screen !== undefined
  // From 80 % of the limit the phone counts; over it, it says so instead of cutting the text off.
  const count = charCount(text, maxContributionChars)

  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    fieldRef.current?.focus()
    const trimmed = text.trim()
    if (!canSend) return
    if (!trimmed) return setLocalError(t('phone.contribute.empty'))
    // The counter under the field already says it is too long; the text stays for shortening.
    if (count?.over) return
    setLocalError(null)
    setText('')
    void sending.send(screen.screenId, trimmed)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // While an input method is composing (Japanese, accents on some phones) Enter confirms it.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return
    event.preventDefault()
    submit()
  }

  const error = localError ?? sending.error
  return (
    <>
      {state.open.length === 0 ? (
        <p className="p-notice">{t('phone.main.noOpenQuestion')}</p>
      ) : (
        <QuestionChoice open={state.open} chosen={screen} onChoose={setChosenId} />
      )}
      {screen && (
        <form className="p-form" onSubmit={submit}>
          <label htmlFor="contribution">{t('phone.contribute.fieldLabel')}</label>
          <textarea
            id="contribution"
            ref={fieldRef}
            value={text}
            rows={4}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            aria-invalid={count?.over || undefined}
            aria-describedby={count ? 'contribution-count contribution-hint' : 'contribution-hint'}
          />
          {count && (
            <p
              id="contribution-count"
              className={count.over ? 'p-counter p-over' : 'p-counter'}
              aria-live="polite"
            >
              {t(count.over ? 'phone.contribute.overBy' : 'phone.contribute.counter', {
                used: count.length,
                max: count.max
              })}
            </p>
          )}
          <p id="contribution-hint" className="p-hint">
            {t('phone.contribute.fieldHint')}
          </p>
          {error && <ErrorAlert message={error} />}
          <button type="submit" className="p-primary" disabled={!canSend}>
            {t('phone.contribute.send')}
          </button>
        </form>
      )}
      <OwnContributions
        mine={state.mine}
        sent={sending.sent}
        pending={sending.pending}
        open={state.open}
      />
    </>
  )
}
