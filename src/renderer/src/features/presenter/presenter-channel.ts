import {
  useQuickscanDisplayStore,
  type QuickscanDisplay
} from '../quickscan/quickscan-display-store'
import { useVoteDisplayStore } from '../votes/vote-display-store'
import { usePresenterStore } from './presenter-store'

/**
 * The projector window follows the facilitator's window: blanking, text size, contrast and
 * the current screen travel over a BroadcastChannel (same origin, no network).
 */
export interface PresenterBroadcast {
  screenId: string | null
  blanked: boolean
  textScale: number
  highContrast: boolean
  /** Set while the facilitator shows the quickscan's result instead of a session screen. */
  quickscan: QuickscanDisplay | null
  /** Set while the facilitator shows a voting round's result. */
  voteRoundId?: string | null
}

const channelName = 'samenspel-presenter'

export function broadcastPresenterState(screenId: string | null): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(channelName)
  const send = () => {
    const { blanked, textScale, highContrast } = usePresenterStore.getState()
    const { shown, questionId, filters } = useQuickscanDisplayStore.getState()
    const quickscan = shown ? { shown, questionId, filters } : null
    channel.postMessage({
      screenId,
      blanked,
      textScale,
      highContrast,
      quickscan,
      voteRoundId: useVoteDisplayStore.getState().shownRoundId
    } satisfies PresenterBroadcast)
  }
  send()
  const unsubscribePresenter = usePresenterStore.subscribe(send)
  const unsubscribeQuickscan = useQuickscanDisplayStore.subscribe(send)
  const unsubscribeVotes = useVoteDisplayStore.subscribe(send)
  const unsubscribe = () => {
    unsubscribePresenter()
    unsubscribeQuickscan()
    unsubscribeVotes()
  }
  // A projector window opened later asks for the current state.
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === 'hello') send()
  }
  return () => {
    unsubscribe()
    channel.close()
  }
}

export function listenToPresenter(onState: (state: PresenterBroadcast) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(channelName)
  channel.onmessage = (event: MessageEvent) => {
    if (event.data && typeof event.data === 'object') onState(event.data as PresenterBroadcast)
  }
  channel.postMessage('hello')
  return () => channel.close()
}
