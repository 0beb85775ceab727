import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useT } from '../../i18n'
import { useContentStore } from '../../stores/content-store'
import { freshTimer } from '../timer/timer-store'
import { openAudienceChannel, type AudienceState, type FromAudience } from './audience-channel'
import { audienceViewKey } from './audience-paging-store'
import { AudienceView } from './AudienceView'
import { useAudienceFeed } from './use-audience-feed'
import { useThemeAttribute } from './use-theme-attribute'
import { usePresenterStore } from '../presenter/presenter-store'

const forwardedKeys: Record<string, 'next' | 'previous'> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ArrowUp: 'previous'
}

/**
 * The projector window (Electron: the second display; a browser: the popup). It shows the
 * audience view of what the facilitator's window says is current, and passes clicker keys
 * pressed here back to it, so the facilitator stays in control from either window.
 */
export function ProjectorWindow({ sessionId }: { sessionId: string }) {
  const t = useT()
  const content = useContentStore((state) => state.content)
  const flow = useContentStore((state) => state.flow)
  const feed = useAudienceFeed(sessionId)
  const [live, setLive] = useState<AudienceState | null>(null)
  const channel = useRef<{ send(message: FromAudience): void } | null>(null)

  useEffect(() => {
    const opened = openAudienceChannel((state) => {
      if (state.sessionId === sessionId) setLive(state)
    })
    channel.current = opened
    opened.send({ type: 'hello', sessionId })
    return () => {
      channel.current = null
      opened.close()
    }
  }, [sessionId])
  useThemeAttribute(live?.theme ?? usePresenterStore.getState().theme)

  const blanked = live?.blanked ?? false
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const intent = blanked ? 'unblank' : forwardedKeys[event.key]
      if (!intent) return
      event.preventDefault()
      channel.current?.send({ type: 'intent', sessionId, intent })
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [blanked, sessionId])

  const screenId = live?.screenId ?? feed.position
  const screen = flow.find((s) => s.id === screenId) ?? flow[0]
  const quickscan = live?.quickscan ?? null
  const voteRoundId = live?.voteRoundId ?? null
  const view = audienceViewKey(screen?.id ?? null, quickscan, voteRoundId)
  const onPages = useCallback(
    (pages: number) => channel.current?.send({ type: 'pages', sessionId, view, pages }),
    [sessionId, view]
  )
  const timer = useMemo(
    () => live?.timer ?? (screen?.cards ? freshTimer : null),
    [live?.timer, screen?.cards]
  )

  useEffect(() => {
    document.title = t('audience.label')
  }, [t])

  if (!content || !screen) {
    return <p className="audience-waiting">{feed.error ?? t('audience.waiting')}</p>
  }
  return (
    <AudienceView
      screen={screen}
      flow={flow}
      content={content}
      quickscan={quickscan}
      voteRoundId={voteRoundId}
      timer={timer}
      showJoin={live?.showJoin ?? false}
      blanked={blanked}
      textScale={live?.textScale ?? 1}
      page={live?.page ?? 0}
      onPages={onPages}
    />
  )
}
