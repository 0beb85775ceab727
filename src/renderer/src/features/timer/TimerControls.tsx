import { useId, useState } from 'react'
import { useT } from '../../i18n'
import { MAX_DURATION_MS, MINUTE_MS, type TimerState } from './timer-logic'
import { useTimerStore } from './timer-store'

interface TimerControlsProps {
  screenId: string
  state: TimerState
  running: boolean
}

const maxMinutes = MAX_DURATION_MS / MINUTE_MS

function parseMinutes(text: string): number | null {
  const minutes = Number(text)
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= maxMinutes ? minutes : null
}

export function TimerControls({ screenId, state, running }: TimerControlsProps) {
  const t = useT()
  const { setDuration, toggle, addMinute, reset, setMuted } = useTimerStore.getState()
  const muted = useTimerStore((store) => store.muted)
  // What the facilitator is typing; null shows the stored duration.
  const [draft, setDraft] = useState<string | null>(null)
  const minutesId = useId()

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
          onChange={(event) => {
            setDraft(event.target.value)
            const minutes = parseMinutes(event.target.value)
            if (minutes !== null) setDuration(screenId, minutes * MINUTE_MS)
          }}
          onBlur={() => setDraft(null)}
        />
      </div>
      <button type="button" className="primary timer-toggle" onClick={() => toggle(screenId)}>
        {running ? t('timer.pause') : t('timer.start')}
      </button>
      <button type="button" onClick={() => addMinute(screenId)}>
        {t('timer.addMinute')}
      </button>
      <button type="button" onClick={() => reset(screenId)}>
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
