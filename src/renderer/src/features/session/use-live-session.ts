import { useEffect, useRef } from 'react'
import { api } from '../../api'
import { writes } from '../../api/writes'
import { applySessionChanges, takeEditMarks, type ChangeListeners } from './apply-session-changes'

const waitMs = 25_000
const retryMs = 2_000
/**
 * At most this often a change from elsewhere is applied: while phones keep sending, the cards of
 * the last 0.2 s come together in one answer and one render (this tab's own cards show at once).
 */
export const followEveryMs = 200

/**
 * Participants' cards and answers appear without a reload: the store answers a long poll as
 * soon as the session changed, over IPC and HTTP alike, with what changed since the version
 * this screen has. The first answer (version 0) is "reload", which also catches what changed
 * between opening the session and starting to listen.
 */
export function useLiveSession(
  sessionId: string,
  enabled: boolean,
  listeners: ChangeListeners = {},
  /** The version the stores were loaded at; 0 starts with a reload. */
  loadedVersion = 0
): void {
  const latest = useRef(listeners)
  useEffect(() => {
    latest.current = listeners
  })
  useEffect(() => {
    if (!enabled) return
    let stopped = false
    let version = loadedVersion
    const loop = async (): Promise<void> => {
      while (!stopped) {
        try {
          // This tab's writes land first, so no answer predates what it already sent.
          await writes.idle()
          const marks = takeEditMarks()
          const next = await api['session.waitForChange']({
            sessionId,
            version,
            timeoutMs: version === 0 ? 0 : waitMs
          })
          if (stopped) return
          await applySessionChanges(sessionId, next.changes, marks, latest.current)
          version = next.version
          if (next.changes.kind !== 'none') await pause(followEveryMs)
        } catch {
          // The store is unreachable for a moment: try again shortly, the write queue says so.
          await pause(retryMs)
        }
      }
    }
    void loop()
    return () => {
      stopped = true
    }
  }, [sessionId, enabled, loadedVersion])
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
