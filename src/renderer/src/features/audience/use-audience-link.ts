import { useEffect, useRef } from 'react'
import { usePresenterStore } from '../presenter/presenter-store'
import { useQuickscanDisplayStore } from '../quickscan/quickscan-display-store'
import { timerKey, useTimerStore } from '../timer/timer-store'
import { useVoteDisplayStore } from '../votes/vote-display-store'
import { openFacilitatorChannel, type AudienceState } from './audience-channel'
import { audienceViewKey, useAudiencePagingStore } from './audience-paging-store'

export interface AudienceLinkHandlers {
  next(): void
  previous(): void
}

/** The audience view's current view key in the facilitator's window. */
export function currentAudienceView(screenId: string | null): string {
  const { shown, questionId, filters } = useQuickscanDisplayStore.getState()
  const { shownRoundId } = useVoteDisplayStore.getState()
  return audienceViewKey(screenId, shown ? { shown, questionId, filters } : null, shownRoundId)
}

function stateFor(sessionId: string, screenId: string | null): AudienceState {
  const { blanked, showJoin, theme, textScale } = usePresenterStore.getState()
  const { shown, questionId, filters } = useQuickscanDisplayStore.getState()
  const paging = useAudiencePagingStore.getState()
  const view = currentAudienceView(screenId)
  return {
    type: 'state',
    sessionId,
    screenId,
    blanked,
    showJoin,
    theme,
    textScale,
    quickscan: shown ? { shown, questionId, filters } : null,
    voteRoundId: useVoteDisplayStore.getState().shownRoundId,
    timer: screenId
      ? (useTimerStore.getState().timers[timerKey(sessionId, screenId)] ?? null)
      : null,
    page: paging.view === view ? paging.page : 0
  }
}

/**
 * Keeps every projector window of this session showing what the facilitator's window says:
 * sends the state whenever it changes, takes the page counts the audience view reports, and
 * performs the clicker keys pressed on the projector window.
 */
export function useAudienceLink(
  sessionId: string,
  screenId: string | null,
  handlers: AudienceLinkHandlers
): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    useAudiencePagingStore.getState().showView(currentAudienceView(screenId))
    const channel = openFacilitatorChannel((message) => {
      if (message.sessionId !== sessionId) return
      if (message.type === 'hello') return send()
      if (message.type === 'pages') {
        if (message.view === currentAudienceView(screenId))
          useAudiencePagingStore.getState().setPages(message.view, message.pages)
        return
      }
      if (message.intent === 'unblank') usePresenterStore.getState().setBlanked(false)
      else latest.current[message.intent]()
    })
    let last = ''
    function send(): void {
      const state = stateFor(sessionId, screenId)
      last = JSON.stringify(state)
      channel.send(state)
    }
    const sendIfChanged = () => {
      if (JSON.stringify(stateFor(sessionId, screenId)) !== last) send()
    }
    send()
    const unsubscribe = [
      usePresenterStore.subscribe(sendIfChanged),
      useQuickscanDisplayStore.subscribe(() => {
        useAudiencePagingStore.getState().showView(currentAudienceView(screenId))
        sendIfChanged()
      }),
      useVoteDisplayStore.subscribe(() => {
        useAudiencePagingStore.getState().showView(currentAudienceView(screenId))
        sendIfChanged()
      }),
      useTimerStore.subscribe(sendIfChanged),
      useAudiencePagingStore.subscribe(sendIfChanged)
    ]
    return () => {
      for (const stop of unsubscribe) stop()
      channel.close()
    }
  }, [sessionId, screenId])
}
