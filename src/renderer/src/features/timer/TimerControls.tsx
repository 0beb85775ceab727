import { useId, useState } from 'react'
import { useT } from '../../i18n'
import { MAX_DURATION_MS, MINUTE_MS, type TimerState } from './timer-logic'
import { useTimerStore } from './timer-store'

interface TimerControlsProps {
  /** The timer's key in the store (see timerKey). */
  timerId: string
  state: TimerState
  running: boolean
}

const maxMinutes = MAX_DURATION_MS / MINUTE_MS

function parseMinutes(text: string): number | null {
  const minutes = Number(text)
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= maxMinutes ? minutes : null
}

export function TimerControls({ timerId, state, running }: TimerControlsProps) {
  const t = useT()
  const { setDuration, toggle, addMinute, reset, setMuted } = useTimerStore.getState()
  const muted = useTimerStore((store) => store.muted)
  // What the facilitator is typing; null shows the stored duration.
  const [draft, setDraft] = useState<string | null>(null)
  // A refused entry is said, not silently replaced: the message stays until a valid one.
  const [refused, setRefused] = useState(false)
  const minutesId = useId()
  const problemId = useId()

  return (
    <div className="timer-controls">
      <div className="timer-field">
        <label htmlFor={minutesId}>{t('timer.minutes')}</label>
        <input
          id={minutesId}
          type="number"
          inputMode="numeric"
          min={1}
          max={maxMinutes}
          step={1}
          disabled={running}
          value={draft ?? String(Math.round(state.durationMs / MINUTE_MS))}
          aria-invalid={refused}
          aria-describedby={refused ? problemId : undefined}
          onChange={(event) => {
            setDraft(event.target.value)
            const minutes = parseMinutes(event.target.value)
            setRefused(minutes === null && event.target.value.trim() !== '')
            if (minutes !== null) setDuration(timerId, minutes * MINUTE_MS)
          }}
          onBlur={() => {
            if (draft !== null && parseMinutes(draft) === null) setRefused(true)
            setDraft(null)
          }}
        />
        {refused && (
          <p id={problemId} className="timer-problem" role="alert">
            {t('timer.minutesInvalid', {
              max: maxMinutes,
              minutes: Math.round(state.durationMs / MINUTE_MS)
            })}
          </p>
        )}
      </div>
      <button type="button" className="primary timer-toggle" onClick={() => toggle(timerId)}>
        {running ? t('timer.pause') : t('timer.start')}
      </button>
      <button type="button" onClick={() => addMinute(timerId)}>
        {t('timer.addMinute')}
      </button>
      <button type="button" onClick={() => reset(timerId)}>
        {t('timer.reset')}
      </button>
      <label className="timer-sound">
        <input
          type="checkbox"
          checked={!muted}
          onChange={(event) => setMuted(!event.target.checked)}
        />
        {t('timer.sound')}
      </label>
    </div>
  )
}
