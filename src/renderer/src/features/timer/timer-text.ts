import type { Translate } from '../../i18n'
import { MINUTE_MS, type TimerPhase } from './timer-logic'

/**
 * Whole seconds left, rounded up: the clock shows 5:00 the moment it starts and 0:00 only when
 * the time is really up.
 */
function secondsLeft(ms: number): number {
  return Math.ceil(ms / 1000)
}

/** "4:30"; long durations simply show more minutes ("75:00"). */
export function formatClock(ms: number): string {
  const seconds = secondsLeft(ms)
  const minutes = Math.floor(seconds / 60)
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`
}

function minutesWords(t: Translate, count: number): string {
  return t('timer.minuteCount', { count })
}

function secondsWords(t: Translate, count: number): string {
  return t('timer.secondCount', { count })
}

/** "4 minuten 30 seconden": what a screen reader says instead of "4:30". */
export function spokenDuration(t: Translate, ms: number): string {
  const seconds = secondsLeft(ms)
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  if (minutes === 0) return secondsWords(t, rest)
  if (rest === 0) return minutesWords(t, minutes)
  return `${minutesWords(t, minutes)} ${secondsWords(t, rest)}`
}

/**
 * The text of the live region. It changes only when the phase changes or a whole minute passes
 * (minutes are rounded up, so "nog 4 minuten" appears exactly at 4:00), so a screen reader is
 * not interrupted every second.
 */
export function announcement(t: Translate, phase: TimerPhase, ms: number): string {
  const time = minutesWords(t, Math.ceil(ms / MINUTE_MS))
  switch (phase) {
    case 'running':
      return t('timer.announce.left', { time })
    case 'warning':
      return t('timer.announce.warning', { time })
    default:
      return t(`timer.phase.${phase}`)
  }
}
