import { useEffect, useState } from 'react'
import { api } from '../../api'
import { useCardsStore } from '../../stores/cards-store'
import { useContentStore } from '../../stores/content-store'
import { useCurrentSessionStore } from '../../stores/current-session-store'
import { useJoiningStore } from '../../stores/joining-store'
import { useQuickscanStore } from '../../stores/quickscan-store'
import { useVotesStore } from '../../stores/votes-store'
import { useWorkspaceStore } from '../../stores/workspace-store'

const waitMs = 25_000
const retryMs = 2_000

/** Reads what the room may be shown into the same stores the facilitator's screen uses. */
async function loadSession(sessionId: string, first: boolean): Promise<string> {
  const [session, workspace, joining] = await Promise.all([
    api['session.get']({ id: sessionId }),
    api['workspace.get']({ sessionId }),
    api['joining.status']({ sessionId }),
    useQuickscanStore.getState().load(sessionId),
    // Rounds are read with every change, so a round the facilitator shows is there with its dots.
    useVotesStore.getState().load(sessionId)
  ])
  useCurrentSessionStore.setState({ session })
  if (first) useCardsStore.getState().load(sessionId, workspace.contributions)
  else useCardsStore.getState().refresh(workspace.contributions)
  useWorkspaceStore.getState().load(workspace)
  useJoiningStore.setState({ sessionId, status: joining })
  return workspace.position
}

/**
 * The projector window's data: loaded once, then again only when the session changed, heard
 * through the same long poll the facilitator's screen uses (no polling on a clock).
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
    const run = async () => {
      let version = 0
      let first = true
      while (!stopped) {
        try {
          const next = await api['session.waitForChange']({
            sessionId,
            version,
            timeoutMs: first ? 0 : waitMs
          })
          if (stopped) return
          if (first || next.version !== version) {
            if (first) await useContentStore.getState().load()
            const position = await loadSession(sessionId, first)
            if (!stopped) setState({ position, error: null })
            first = false
          }
          version = next.version
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
