import { useEffect, useState } from 'react'
import { api } from '../../api'
import { writes } from '../../api/writes'
import { useCardsStore } from '../../stores/cards-store'
import { useContentStore } from '../../stores/content-store'
import { useCurrentSessionStore } from '../../stores/current-session-store'
import { useSyncStore } from '../../stores/sync-store'
import { useWorkspaceStore } from '../../stores/workspace-store'

/**
 * Loads content, the session and everything recorded in it into their stores. Reloads when a
 * write was refused, so the screen never keeps showing something the store does not have.
 */
export function useOpenSession(sessionId: string): {
  ready: boolean
  error: string | null
  storedPosition: string | null
  /** The session's change version the loaded state is of: following changes starts there. */
  version: number
} {
  const [state, setState] = useState({
    ready: false,
    error: null as string | null,
    storedPosition: null as string | null,
    version: 0
  })
  const staleVersion = useSyncStore((s) => s.staleVersion)

  useEffect(() => {
    let cancelled = false
    async function load(): Promise<void> {
      // Writes left over from before a reload must land before the workspace is read.
      await writes.idle()
      // The version before the read: a change landing meanwhile comes again as a delta (applying
      // it twice changes nothing), so the live loop need not fetch everything once more.
      const [, , start] = await Promise.all([
        useContentStore.getState().load(),
        useCurrentSessionStore.getState().open(sessionId),
        api['session.waitForChange']({ sessionId, version: 0, timeoutMs: 0 })
      ])
      const workspace = await api['workspace.get']({ sessionId })
      if (cancelled) return
      useCardsStore.getState().load(sessionId, workspace.contributions)
      useWorkspaceStore.getState().load(workspace)
      const storedPosition = workspace.position
      setState({ ready: true, error: null, storedPosition, version: start.version })
    }
    load().catch((error: unknown) => {
      if (!cancelled)
        setState({
          ready: false,
          error: (error as Error).message,
          storedPosition: null,
          version: 0
        })
    })
    return () => {
      cancelled = true
    }
  }, [sessionId, staleVersion])

  return state
}
