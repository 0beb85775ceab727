import { useCallback, useEffect, useRef, useState } from 'react'
import type { ParticipantState } from '../../../shared/participant/protocol'
import { participantApi, type ApiError } from './api'

/** Often enough that a new question on the projector shows within a few seconds. */
export const pollIntervalMs = 3_000

interface ParticipantStateView {
  state: ParticipantState | null
  /** Why the last refresh failed; the last good state stays on screen meanwhile. */
  problem: ApiError | null
  refresh(): Promise<void>
}

/**
 * The participant's view of the meeting, fetched now and every few seconds while the tab is
 * visible (a phone in a pocket should not keep the facilitator's laptop busy).
 */
export function useParticipantState(
  token: string,
  onUnauthorized: (error: ApiError) => void
): ParticipantStateView {
  const [state, setState] = useState<ParticipantState | null>(null)
  const [problem, setProblem] = useState<ApiError | null>(null)
  // Polls and refreshes after a send can overlap: only an answer newer than the last one shown
  // may replace it, or a slow old answer would hide a card just sent.
  const requested = useRef(0)
  const applied = useRef(0)
  const unauthorized = useRef(onUnauthorized)
  useEffect(() => {
    unauthorized.current = onUnauthorized
  }, [onUnauthorized])

  const refresh = useCallback(async () => {
    const number = ++requested.current
    const result = await participantApi.state(token)
    if (number < applied.current) return
    applied.current = number
    if (result.ok) {
      setState(result.data)
      setProblem(null)
    } else if (result.error.kind === 'unauthorized') {
      unauthorized.current(result.error)
    } else {
      setProblem(result.error)
    }
  }, [token])

  usePolling(refresh)
  return { state, problem, refresh }
}

/** Runs `poll` at once and then `pollIntervalMs` after each run ends, only while visible. */
function usePolling(poll: () => Promise<void>): void {
  useEffect(() => {
    let stopped = false
    let running = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const tick = async () => {
      timer = undefined
      if (stopped || document.visibilityState === 'hidden') return
      running = true
      await poll()
      running = false
      if (!stopped) timer = setTimeout(tick, pollIntervalMs)
    }
    // Coming back to the tab shows the current question at once instead of up to 3 s later.
    const onVisibility = () => {
      if (document.visibilityState === 'visible' && !running) {
        clearTimeout(timer)
        void tick()
      }
    }
    document.addEventListener('visibilitychange', onVisibility)
    void tick()
    return () => {
      stopped = true
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [poll])
}
