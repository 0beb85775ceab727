/**
 * The question timer as plain data and pure functions, so the store only persists it and the
 * component only draws it. Times are absolute epoch milliseconds (`Date.now()`): a running timer
 * restored from storage after a reload is then still right.
 */

export const MINUTE_MS = 60_000
export const DEFAULT_DURATION_MS = 5 * MINUTE_MS
/** Bounds for a duration the facilitator types in; outside them it is almost surely a typo. */
export const MIN_DURATION_MS = 1_000
export const MAX_DURATION_MS = 180 * MINUTE_MS

/** At or below this share of the total time the timer turns orange: time to wrap up. */
export const WARNING_PERCENT = 20
/** At or below this share it turns red: the last moments. */
export const CRITICAL_PERCENT = 5

export interface TimerState {
  /** The duration the facilitator set; Reset returns to it. */
  durationMs: number
  /** Minutes added with "+1 min" since the last reset; they count towards the total. */
  addedMs: number
  /** Time left when the timer was last started, paused or changed. */
  remainingAtStartMs: number
  /** When the timer was started (epoch ms), or null while it is stopped. */
  startedAt: number | null
}

export type TimerPhase = 'idle' | 'running' | 'paused' | 'warning' | 'critical' | 'done'

export function createTimer(durationMs: number = DEFAULT_DURATION_MS): TimerState {
  const duration = clampDuration(durationMs)
  return { durationMs: duration, addedMs: 0, remainingAtStartMs: duration, startedAt: null }
}

function clampDuration(ms: number): number {
  if (!Number.isFinite(ms)) return DEFAULT_DURATION_MS
  return Math.min(MAX_DURATION_MS, Math.max(MIN_DURATION_MS, Math.round(ms)))
}

function totalMs(state: TimerState): number {
  return state.durationMs + state.addedMs
}

export function remainingMs(state: TimerState, now: number): number {
  if (state.startedAt === null) return Math.max(0, state.remainingAtStartMs)
  // A clock set back while running must not hand out extra time.
  const elapsed = Math.max(0, now - state.startedAt)
  return Math.max(0, state.remainingAtStartMs - elapsed)
}

/** When a running timer reaches zero (epoch ms), or null while it is stopped. */
export function endsAt(state: TimerState): number | null {
  return state.startedAt === null ? null : state.startedAt + state.remainingAtStartMs
}

/** Counting down right now (a timer that has reached zero is no longer running). */
export function isRunning(state: TimerState, now: number): boolean {
  return state.startedAt !== null && remainingMs(state, now) > 0
}

/** Changing the duration starts over; while the timer runs it is refused (returns `state`). */
export function setDuration(state: TimerState, ms: number): TimerState {
  if (state.startedAt !== null) return state
  return createTimer(ms)
}

/** Starting a timer that has run out begins the whole duration again. */
export function start(state: TimerState, now: number): TimerState {
  if (isRunning(state, now)) return state
  const left = remainingMs(state, now)
  if (left === 0) return { ...reset(state), startedAt: now }
  return { ...state, remainingAtStartMs: left, startedAt: now }
}

export function pause(state: TimerState, now: number): TimerState {
  if (!isRunning(state, now)) return state
  return { ...state, remainingAtStartMs: remainingMs(state, now), startedAt: null }
}

export function toggle(state: TimerState, now: number): TimerState {
  return isRunning(state, now) ? pause(state, now) : start(state, now)
}

/**
 * One more minute, also after the time is up. The minute counts towards the total, so the
 * thresholds stay a share of all the time the question got.
 */
export function addMinute(state: TimerState, now: number): TimerState {
  return {
    ...state,
    addedMs: state.addedMs + MINUTE_MS,
    remainingAtStartMs: remainingMs(state, now) + MINUTE_MS,
    // A timer that ran out while running goes on: "one more minute" means keep talking.
    startedAt: state.startedAt === null ? null : now
  }
}

export function reset(state: TimerState): TimerState {
  return createTimer(state.durationMs)
}

export function timerPhase(state: TimerState, now: number): TimerPhase {
  const left = remainingMs(state, now)
  if (left === 0) return 'done'
  if (state.startedAt === null) return left >= totalMs(state) ? 'idle' : 'paused'
  // Whole-number percentages keep the boundaries exact (no 0.05 * n rounding).
  if (left * 100 <= totalMs(state) * CRITICAL_PERCENT) return 'critical'
  if (left * 100 <= totalMs(state) * WARNING_PERCENT) return 'warning'
  return 'running'
}
