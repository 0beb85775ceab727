import { describe, expect, it } from 'vitest'
import {
  CRITICAL_PERCENT,
  DEFAULT_DURATION_MS,
  MINUTE_MS,
  WARNING_PERCENT,
  addMinute,
  createTimer,
  endsAt,
  isRunning,
  pause,
  remainingMs,
  reset,
  setDuration,
  start,
  timerPhase,
  toggle
} from '../../../src/renderer/src/features/timer/timer-logic'

const t0 = 1_700_000_000_000
const fiveMinutes = 5 * MINUTE_MS

describe('a new timer', () => {
  it('lasts five minutes by default and has not started', () => {
    const timer = createTimer()
    expect(DEFAULT_DURATION_MS).toBe(fiveMinutes)
    expect(remainingMs(timer, t0)).toBe(fiveMinutes)
    expect(timerPhase(timer, t0)).toBe('idle')
    expect(isRunning(timer, t0)).toBe(false)
    expect(endsAt(timer)).toBeNull()
  })
})

describe('setDuration', () => {
  it('sets the time left to the new duration', () => {
    const timer = setDuration(createTimer(), 3 * MINUTE_MS)
    expect(remainingMs(timer, t0)).toBe(3 * MINUTE_MS)
    expect(timerPhase(timer, t0)).toBe('idle')
  })

  it('starts over when the timer was paused part way', () => {
    const paused = pause(start(createTimer(), t0), t0 + MINUTE_MS)
    const timer = setDuration(paused, 10 * MINUTE_MS)
    expect(remainingMs(timer, t0 + 2 * MINUTE_MS)).toBe(10 * MINUTE_MS)
    expect(timerPhase(timer, t0 + 2 * MINUTE_MS)).toBe('idle')
  })

  it('is refused while the timer runs', () => {
    const running = start(createTimer(), t0)
    expect(setDuration(running, MINUTE_MS)).toBe(running)
  })

  it('keeps a mistyped duration within sensible bounds', () => {
    expect(remainingMs(setDuration(createTimer(), -5), t0)).toBe(1_000)
    expect(remainingMs(setDuration(createTimer(), 10_000 * MINUTE_MS), t0)).toBe(180 * MINUTE_MS)
    expect(remainingMs(setDuration(createTimer(), Number.NaN), t0)).toBe(fiveMinutes)
  })
})

describe('start and remainingMs', () => {
  it('counts down from the moment it starts', () => {
    const timer = start(createTimer(), t0)
    expect(timerPhase(timer, t0)).toBe('running')
    expect(remainingMs(timer, t0 + 90_000)).toBe(fiveMinutes - 90_000)
    expect(endsAt(timer)).toBe(t0 + fiveMinutes)
  })

  it('never goes below zero', () => {
    const timer = start(createTimer(), t0)
    expect(remainingMs(timer, t0 + fiveMinutes + 10 * MINUTE_MS)).toBe(0)
  })

  it('gives no extra time when the clock is set back', () => {
    const timer = start(createTimer(), t0)
    expect(remainingMs(timer, t0 - MINUTE_MS)).toBe(fiveMinutes)
  })

  it('does nothing when the timer already runs', () => {
    const running = start(createTimer(), t0)
    expect(start(running, t0 + 1_000)).toBe(running)
  })

  it('begins the whole duration again after the time is up', () => {
    const done = start(createTimer(), t0)
    const later = t0 + fiveMinutes + 30_000
    const again = start(done, later)
    expect(remainingMs(again, later + 1_000)).toBe(fiveMinutes - 1_000)
    expect(timerPhase(again, later)).toBe('running')
  })
})

describe('pause', () => {
  it('stops the countdown and keeps the time left', () => {
    const paused = pause(start(createTimer(), t0), t0 + 70_000)
    expect(timerPhase(paused, t0 + 70_000)).toBe('paused')
    expect(remainingMs(paused, t0 + 10 * MINUTE_MS)).toBe(fiveMinutes - 70_000)
  })

  it('resumes from where it was paused', () => {
    const paused = pause(start(createTimer(), t0), t0 + 70_000)
    const resumed = start(paused, t0 + 10 * MINUTE_MS)
    expect(remainingMs(resumed, t0 + 10 * MINUTE_MS + 30_000)).toBe(fiveMinutes - 100_000)
  })

  it('leaves a stopped timer as it is', () => {
    const idle = createTimer()
    expect(pause(idle, t0)).toBe(idle)
  })
})

describe('toggle', () => {
  it('starts a stopped timer and pauses a running one', () => {
    const running = toggle(createTimer(), t0)
    expect(isRunning(running, t0 + 1_000)).toBe(true)
    const paused = toggle(running, t0 + 1_000)
    expect(timerPhase(paused, t0 + 5_000)).toBe('paused')
    expect(remainingMs(paused, t0 + 5_000)).toBe(fiveMinutes - 1_000)
  })
})

describe('addMinute', () => {
  it('adds a minute to a running timer, which keeps running', () => {
    const timer = addMinute(start(createTimer(), t0), t0 + 30_000)
    expect(remainingMs(timer, t0 + 30_000)).toBe(fiveMinutes + 30_000)
    expect(isRunning(timer, t0 + 40_000)).toBe(true)
  })

  it('adds a minute to a timer that has not started, which stays ready to start', () => {
    const timer = addMinute(createTimer(), t0)
    expect(remainingMs(timer, t0)).toBe(6 * MINUTE_MS)
    expect(timerPhase(timer, t0)).toBe('idle')
  })

  it('brings a timer whose time is up back into the warning phase, still running', () => {
    const done = start(createTimer(), t0)
    const atZero = t0 + fiveMinutes
    expect(timerPhase(done, atZero)).toBe('done')
    const extended = addMinute(done, atZero + 20_000)
    expect(remainingMs(extended, atZero + 20_000)).toBe(MINUTE_MS)
    expect(timerPhase(extended, atZero + 20_000)).toBe('warning')
    expect(remainingMs(extended, atZero + 50_000)).toBe(30_000)
  })

  it('moves a critical timer back up to warning', () => {
    const running = start(createTimer(), t0)
    const tenSecondsLeft = t0 + fiveMinutes - 10_000
    expect(timerPhase(running, tenSecondsLeft)).toBe('critical')
    expect(timerPhase(addMinute(running, tenSecondsLeft), tenSecondsLeft)).toBe('warning')
  })
})

describe('reset', () => {
  it('returns to the set duration, without the added minutes', () => {
    const used = addMinute(start(createTimer(), t0), t0 + 2 * MINUTE_MS)
    const fresh = reset(used)
    expect(remainingMs(fresh, t0 + 9 * MINUTE_MS)).toBe(fiveMinutes)
    expect(timerPhase(fresh, t0 + 9 * MINUTE_MS)).toBe('idle')
  })
})

describe('timerPhase thresholds', () => {
  // 100 seconds makes the percentages read directly as seconds.
  const duration = 100_000
  const running = start(setDuration(createTimer(), duration), t0)
  const withLeft = (ms: number): number => t0 + duration - ms

  it('names the thresholds', () => {
    expect(WARNING_PERCENT).toBe(20)
    expect(CRITICAL_PERCENT).toBe(5)
  })

  it('is running above 20% left', () => {
    expect(timerPhase(running, withLeft(20_001))).toBe('running')
  })

  it('warns at exactly 20% left', () => {
    expect(timerPhase(running, withLeft(20_000))).toBe('warning')
  })

  it('still warns just above 5% left', () => {
    expect(timerPhase(running, withLeft(5_001))).toBe('warning')
  })

  it('is critical at exactly 5% left', () => {
    expect(timerPhase(running, withLeft(5_000))).toBe('critical')
    expect(timerPhase(running, withLeft(1))).toBe('critical')
  })

  it('is done at 0 left', () => {
    expect(timerPhase(running, withLeft(0))).toBe('done')
    expect(isRunning(running, withLeft(0))).toBe(false)
  })

  it('counts added minutes towards the total', () => {
    // 100 s + 60 s = 160 s in total: 20% is 32 s.
    const extended = addMinute(running, t0)
    const left = (ms: number): number => t0 + 160_000 - ms
    expect(timerPhase(extended, left(32_001))).toBe('running')
    expect(timerPhase(extended, left(32_000))).toBe('warning')
    expect(timerPhase(extended, left(8_000))).toBe('critical')
  })

  it('shows a paused timer as paused whatever is left', () => {
    expect(timerPhase(pause(running, withLeft(3_000)), t0 + duration)).toBe('paused')
  })
})
