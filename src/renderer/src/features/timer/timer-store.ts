import { z } from 'zod'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import * as timer from './timer-logic'
import type { TimerState } from './timer-logic'

/** Every question screen's timer, by `timerKey`; a screen without one shows a fresh timer. */
interface TimerStoreState {
  timers: Record<string, TimerState>
  /** No chime when time is up (the visual signal stays). */
  muted: boolean
  setDuration(screenId: string, ms: number): void
  start(screenId: string): void
  pause(screenId: string): void
  /** Start or pause: the action for a keyboard shortcut. */
  toggle(screenId: string): void
  addMinute(screenId: string): void
  reset(screenId: string): void
  setMuted(muted: boolean): void
}

/**
 * A timer belongs to one screen of one session: screen ids repeat in every session, and one
 * meeting's "Tijd is om" must never show in the next.
 */
export function timerKey(sessionId: string, screenId: string): string {
  return `${sessionId}/${screenId}`
}

/** The timer a screen shows before it has one of its own. Shared, so selectors stay stable. */
export const freshTimer: TimerState = timer.createTimer()

const timersKey = 'samenspel.timers'
const mutedKey = 'samenspel.timer.muted'

const timerStateSchema = z.object({
  durationMs: z.number().int().min(timer.MIN_DURATION_MS).max(timer.MAX_DURATION_MS),
  addedMs: z.number().int().min(0),
  remainingAtStartMs: z.number().min(0),
  startedAt: z.number().nullable()
})
const persistedSchema = z.object({ timers: z.record(z.string(), timerStateSchema) })

/** Storage is outside our control: anything that does not parse is dropped, not trusted. */
function restoreTimers(persisted: unknown): Record<string, TimerState> {
  const parsed = persistedSchema.safeParse(persisted)
  return parsed.success ? parsed.data.timers : {}
}

function initialMuted(): boolean {
  return globalThis.localStorage?.getItem(mutedKey) === 'true'
}

type Change = (state: TimerState, now: number) => TimerState

export const useTimerStore = create<TimerStoreState>()(
  persist(
    (set) => {
      const change = (screenId: string, apply: Change): void => {
        set((state) => ({
          timers: {
            ...state.timers,
            [screenId]: apply(state.timers[screenId] ?? freshTimer, Date.now())
          }
        }))
      }
      return {
        timers: {},
        muted: initialMuted(),
        setDuration: (screenId, ms) => change(screenId, (t) => timer.setDuration(t, ms)),
        start: (screenId) => change(screenId, timer.start),
        pause: (screenId) => change(screenId, timer.pause),
        toggle: (screenId) => change(screenId, timer.toggle),
        addMinute: (screenId) => change(screenId, timer.addMinute),
        reset: (screenId) => change(screenId, timer.reset),
        setMuted(muted) {
          globalThis.localStorage?.setItem(mutedKey, String(muted))
          set({ muted })
        }
      }
    },
    {
      // Session storage: a reload keeps the timers, a new meeting (a new window) starts clean.
      name: timersKey,
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ timers: state.timers }),
      merge: (persisted, current) => ({ ...current, timers: restoreTimers(persisted) })
    }
  )
)
