import { useEffect, useState } from 'react'
import type { ChangePart } from '../../../../shared/domain/session-changes'
import { api } from '../../api'
import { useContentStore } from '../../stores/content-store'
import { useCurrentSessionStore } from '../../stores/current-session-store'
import { useJoiningStore } from '../../stores/joining-store'
import { useQuickscanStore } from '../../stores/quickscan-store'
import { useCardsStore } from '../../stores/cards-store'
import { useVotesStore } from '../../stores/votes-store'
import { useWorkspaceStore } from '../../stores/workspace-store'
import { applySessionChanges, takeEditMarks } from '../session/apply-session-changes'
import { followEveryMs } from '../session/use-live-session'

const waitMs = 25_000
const retryMs = 2_000

/** The session's details (title, school) and its joining: small, fetched whole when changed. */
async function loadDetails(sessionId: string): Promise<void> {
  const [session, joining] = await Promise.all([
    api['session.get']({ id: sessionId }),
    api['joining.status']({ sessionId })
  ])
  useCurrentSessionStore.setState({ session })
  useJoiningStore.setState({ sessionId, status: joining })
}

/** Reads what the room may be shown into the same stores the facilitator's screen uses. */
async function loadSession(sessionId: string): Promise<string> {
  const [workspace] = await Promise.all([
    api['workspace.get']({ sessionId }),
    loadDetails(sessionId),
    useQuickscanStore.getState().load(sessionId),
    // Rounds follow as the 'votes' part of each change (apply-session-changes fetches them), so a
    // round the facilitator shows is there with its dots.
    useVotesStore.getState().load(sessionId)
  ])
  useCardsStore.getState().load(sessionId, workspace.contributions)
  useWorkspaceStore.getState().load(workspace)
  return workspace.position
}

const detailParts: readonly ChangePart[] = ['session', 'joining']

/**
 * The projector window's data: loaded once, then it follows the session's changes as deltas
 * through the same long poll the facilitator's screen uses (no polling on a clock): a new card
 * adds one card here, and the cards that did not change keep their objects.
 */
export function useAudienceFeed(sessionId: string): {
  position: string | null
  error: string | null
} {
  const [state, setState] = useState({
    position: null as string | null,
    error: null as string | null
  })
  useEffect(() => {
    let stopped = false
    const listeners = {
      onAnswers: (answers: { position: string }) => {
        if (!stopped) setState({ position: answers.position, error: null })
      },
      onParts: async (parts: readonly ChangePart[]) => {
        if (parts.some((part) => detailParts.includes(part))) await loadDetails(sessionId)
      },
      onReload: () => loadDetails(sessionId)
    }
    const run = async () => {
      let version = 0
      let first = true
      while (!stopped) {
        try {
          if (first) {
            // The version first: what changes while the session loads comes as a delta.
            const start = await api['session.waitForChange']({
              sessionId,
              version: 0,
              timeoutMs: 0
            })
            await useContentStore.getState().load()
            const position = await loadSession(sessionId)
            if (stopped) return
            setState({ position, error: null })
            version = start.version
            first = false
            continue
          }
          const marks = takeEditMarks()
          const next = await api['session.waitForChange']({ sessionId, version, timeoutMs: waitMs })
          if (stopped) return
          await applySessionChanges(sessionId, next.changes, marks, listeners)
          version = next.version
          // As the facilitator's screen: a busy room's cards come a few at a time.
          if (next.changes.kind !== 'none') await new Promise((r) => setTimeout(r, followEveryMs))
        } catch (caught) {
          if (!stopped) setState((s) => ({ ...s, error: (caught as Error).message }))
          await new Promise((resolve) => setTimeout(resolve, retryMs))
        }
      }
    }
    void run()
    return () => {
      stopped = true
    }
  }, [sessionId])
  return state
}
