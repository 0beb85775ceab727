import { useCallback, useEffect, useRef, useState } from 'react'
import type { ParticipantState } from '../../../shared/participant/protocol'
import { participantApi, type ApiError } from './api'
import { applyStateChanges } from './state-changes'

/** How long one wait for changes may last: below the participant server's request timeout. */
export const waitMs = 8_000
/** After a failed wait, how long before the next try. */
export const retryMs = 3_000

interface ParticipantStateView {
  state: ParticipantState | null
  /** Why the last refresh failed; the last good state stays on screen meanwhile. */
  problem: ApiError | null
  refresh(): Promise<void>
}

/**
 * The participant's view of the meeting: fetched whole once, then followed by waiting for
 * changes (a long poll that answers only what changed for this device) while the tab is
 * visible. A phone in a pocket does not keep the facilitator's laptop busy.
 */
export function useParticipantState(
  token: string,
  onUnauthorized: (error: ApiError) => void
): ParticipantStateView {
  const [state, setState] = useState<ParticipantState | null>(null)
  const [problem, setProblem] = useState<ApiError | null>(null)
  const current = useRef<ParticipantState | null>(null)
  // Refreshes after a send and the wait for changes can overlap: only a state at least as new
  // as the one shown may replace it, or a slow old answer would hide a card just sent.
  const show = useCallback((next: ParticipantState) => {
    const shown = current.current
    if (next === shown || (shown && next.version < shown.version)) return
    current.current = next
    setState(next)
  }, [])
  const unauthorized = useRef(onUnauthorized)
  useEffect(() => {
    unauthorized.current = onUnauthorized
  }, [onUnauthorized])

  const failed = useCallback((error: ApiError) => {
    if (error.kind === 'unauthorized') unauthorized.current(error)
    else setProblem(error)
  }, [])

  const refresh = useCallback(async () => {
    const result = await participantApi.state(token)
    if (!result.ok) return failed(result.error)
    show(result.data)
    setProblem(null)
  }, [token, show, failed])

  useFollowChanges(
    token,
    current,
    refresh,
    (next) => {
      show(next)
      setProblem(null)
    },
    failed
  )
  return { state, problem, refresh }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves once the page is visible again. */
const visible = () =>
  new Promise<void>((resolve) => {
    if (document.visibilityState !== 'hidden') return resolve()
    const onChange = () => {
      if (document.visibilityState === 'hidden') return
      document.removeEventListener('visibilitychange', onChange)
      resolve()
    }
    document.addEventListener('visibilitychange', onChange)
  })

/** Fetches the state, then waits for changes after its version, while the page is visible. */
function useFollowChanges(
  token: string,
  current: { readonly current: ParticipantState | null },
  refresh: () => Promise<void>,
  apply: (next: ParticipantState) => void,
  failed: (error: ApiError) => void
): void {
  const latest = useRef({ apply, failed })
  useEffect(() => {
    latest.current = { apply, failed }
  })
  useEffect(() => {
    let stopped = false
    const follow = async () => {
      let fresh = true
      while (!stopped) {
        if (document.visibilityState === 'hidden') {
          await visible()
          // Back from the pocket: show the current question at once.
          fresh = true
          continue
        }
        const shown = current.current
        if (fresh || !shown) {
          await refresh()
          fresh = false
          if (!current.current) await sleep(retryMs)
          continue
        }
        const result = await participantApi.stateChanges(token, shown.version, waitMs)
        if (stopped) return
        if (result.ok) {
          latest.current.apply(applyStateChanges(current.current ?? shown, result.data))
        } else {
          latest.current.failed(result.error)
          if (result.error.kind === 'unauthorized') return
          await sleep(retryMs)
        }
      }
    }
    void follow()
    return () => {
      stopped = true
    }
  }, [token, current, refresh])
}
