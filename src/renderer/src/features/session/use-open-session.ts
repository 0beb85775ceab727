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
} {
  const [state, setState] = useState({
    ready: false,
    error: null as string | null,
    storedPosition: null as string | null
  })
  const staleVersion = useSyncStore((s) => s.staleVersion)

  useEffect(() => {
    let cancelled = false
    async function load(): Promise<void> {
      // Writes left over from before a reload must land before the workspace is read.
      await writes.idle()
      await useContentStore.getState().load()
      await useCurrentSessionStore.getState().open(sessionId)
      const workspace = await api['workspace.get']({ sessionId })
      if (cancelled) return
      useCardsStore.getState().load(sessionId, workspace.contributions)
      useWorkspaceStore.getState().load(workspace)
      setState({ ready: true, error: null, storedPosition: workspace.position })
    }
    load().catch((error: unknown) => {
      if (!cancelled)
        setState({ ready: false, error: (error as Error).message, storedPosition: null })
    })
    return () => {
      cancelled = true
    }
  }, [sessionId, staleVersion])

  return state
}
