import { useT } from '../../i18n'
import { endsAt, remainingMs, timerPhase, type TimerState } from '../timer/timer-logic'
import { formatClock, spokenDuration } from '../timer/timer-text'
import { useNow } from '../timer/use-now'

/**
 * The question's countdown as the room sees it: the clock and its phase in words (colour is
 * never the only signal), without the facilitator's settings. Hidden until it is started.
 */
export function AudienceTimer({ timer }: { timer: TimerState }) {
  const t = useT()
  const now = useNow(endsAt(timer))
  const left = remainingMs(timer, now)
  const phase = timerPhase(timer, now)
  if (phase === 'idle') return null
  return (
    <section className={`audience-timer audience-timer--${phase}`} aria-label={t('timer.label')}>
      <p
        className="audience-timer-clock"
        role="timer"
        aria-label={t('timer.remaining', { time: spokenDuration(t, left) })}
      >
        {formatClock(left)}
      </p>
      <p className="audience-timer-phase">{t(`timer.phase.${phase}`)}</p>
    </section>
  )
}
