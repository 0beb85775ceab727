import { useEffect, useRef } from 'react'
import { useT } from '../../i18n'
import { playChime } from './chime'
import { endsAt, isRunning, remainingMs, timerPhase, type TimerPhase } from './timer-logic'
import { freshTimer, timerKey, useTimerStore } from './timer-store'
import { announcement, formatClock, spokenDuration } from './timer-text'
import { TimerControls } from './TimerControls'
import { useNow } from './use-now'
import './timer.css'

export interface TimerProps {
  sessionId: string
  screenId: string
  /** The "time is up" sound; tests pass a spy. */
  chime?: () => void
}

/** The countdown for one question screen; each screen keeps its own timer in the store. */
export function Timer({ sessionId, screenId, chime = playChime }: TimerProps) {
  // A fresh instance per screen and session, so the clock and the "was it done already?" memory
  // never leak from one question, or one meeting, to the next.
  const key = timerKey(sessionId, screenId)
  return <TimerPanel key={key} timerId={key} chime={chime} />
}

function TimerPanel({ timerId, chime }: { timerId: string; chime: () => void }) {
  const t = useT()
  const state = useTimerStore((store) => store.timers[timerId]) ?? freshTimer
  const muted = useTimerStore((store) => store.muted)
  const now = useNow(endsAt(state))
  const left = remainingMs(state, now)
  const phase = timerPhase(state, now)
  useChimeOnceWhenDone(phase, muted, chime)

  return (
    <section className={`timer timer--${phase}`} aria-label={t('timer.label')}>
      <p
        className="timer-clock"
        role="timer"
        aria-label={t('timer.remaining', { time: spokenDuration(t, left) })}
      >
        {formatClock(left)}
      </p>
      <p className="timer-phase">{t(`timer.phase.${phase}`)}</p>
      <p className="timer-live" role="status">
        {announcement(t, phase, left)}
      </p>
      <TimerControls timerId={timerId} state={state} running={isRunning(state, now)} />
    </section>
  )
}

/** Rings when the time runs out while the timer is on screen; not again on a reload or re-render. */
function useChimeOnceWhenDone(phase: TimerPhase, muted: boolean, chime: () => void): void {
  const previous = useRef(phase)
  useEffect(() => {
    if (phase === 'done' && previous.current !== 'done' && !muted) chime()
    previous.current = phase
  }, [phase, muted, chime])
}
