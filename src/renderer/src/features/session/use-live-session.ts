import { useEffect } from 'react'
import { api } from '../../api'
import { writes } from '../../api/writes'
import { useCardsStore } from '../../stores/cards-store'
import { useJoiningStore } from '../../stores/joining-store'
import { useQuickscanStore } from '../../stores/quickscan-store'
import { useVotesStore } from '../../stores/votes-store'
import { useWorkspaceStore } from '../../stores/workspace-store'

const waitMs = 25_000

/**
 * Participants' cards and answers appear without a reload: the store answers a long poll as
 * soon as the session changed, over IPC and HTTP alike. Our own writes land first, so a
 * refresh never shows an older state than the screen already had.
 */
export function useLiveSession(sessionId: string, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return
    let stopped = false
    let version = 0
    const loop = async (): Promise<void> => {
      while (!stopped) {
        try {
          const next = await api['session.waitForChange']({
            sessionId,
            version,
            timeoutMs: version === 0 ? 0 : waitMs
          })
          if (stopped) return
          if (next.version !== version && version !== 0) await refresh(sessionId)
          version = next.version
        } catch {
          // The store is unreachable for a moment: try again shortly, the write queue says so.
          await new Promise((resolve) => setTimeout(resolve, 2_000))
        }
      }
    }
    void loop()
    return () => {
      stopped = true
    }
  }, [sessionId, enabled])
}

async function refresh(sessionId: string): Promise<void> {
  await writes.idle()
  const workspace = await api['workspace.get']({ sessionId })
  useCardsStore.getState().refresh(workspace.contributions)
  useWorkspaceStore.getState().load(workspace)
  if (useQuickscanStore.getState().sessionId === sessionId)
    await useQuickscanStore.getState().load(sessionId)
  if (useVotesStore.getState().sessionId === sessionId)
    await useVotesStore.getState().load(sessionId)
  await useJoiningStore.getState().refresh()
}
