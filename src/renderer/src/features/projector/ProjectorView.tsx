import { useEffect, useState } from 'react'
import { api } from '../../api'
import { useT } from '../../i18n'
import { useCardsStore } from '../../stores/cards-store'
import { useContentStore } from '../../stores/content-store'
import { useCurrentSessionStore } from '../../stores/current-session-store'
import { useWorkspaceStore } from '../../stores/workspace-store'
import { listenToPresenter, type PresenterBroadcast } from '../presenter/presenter-channel'
import { QuickscanProjection } from '../quickscan/QuickscanProjection'
import { ScreenView } from '../session/ScreenView'
import { useLiveSession } from '../session/use-live-session'
import { useQuickscanStore } from '../../stores/quickscan-store'

/**
 * The beamer's window: the current question and the cards, nothing of the facilitator's
 * controls or notes. It reads what is stored, so it shows exactly what will be kept.
 */
export function ProjectorView({ sessionId }: { sessionId: string }) {
  const t = useT()
  const content = useContentStore((state) => state.content)
  const flow = useContentStore((state) => state.flow)
  const [position, setPosition] = useState<string | null>(null)
  const [presenter, setPresenter] = useState<PresenterBroadcast | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => listenToPresenter(setPresenter), [])

  useEffect(() => {
    let stopped = false
    const refresh = async () => {
      try {
        await useContentStore.getState().load()
        const [session, workspace] = await Promise.all([
          api['session.get']({ id: sessionId }),
          api['workspace.get']({ sessionId })
        ])
        if (stopped) return
        useCurrentSessionStore.setState({ session })
        useCardsStore.getState().load(sessionId, workspace.contributions)
        useWorkspaceStore.getState().load(workspace)
        await useQuickscanStore.getState().load(sessionId)
        setPosition(workspace.position)
        setError(null)
      } catch (caught) {
        if (!stopped) setError((caught as Error).message)
      }
    }
    void refresh()
    return () => {
      stopped = true
    }
  }, [sessionId])
  // After the first load it follows the session's changes as they happen, card by card.
  useLiveSession(sessionId, true, { onAnswers: (answers) => setPosition(answers.position) })

  const screenId = presenter?.screenId ?? position
  const screen = flow.find((s) => s.id === screenId) ?? flow[0]
  if (!content || !screen)
    return <p className="projector-waiting">{error ?? t('common.loading')}</p>
  const classes = ['projector-view', 'presenting', presenter?.highContrast && 'high-contrast']
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={{ '--text-scale': presenter?.textScale ?? 1.3 } as React.CSSProperties}
    >
      <main>
        {presenter?.quickscan ? (
          <QuickscanProjection pack={content.quickscan} display={presenter.quickscan} />
        ) : (
          <ScreenView screen={screen} flow={flow} content={content} editable={false} />
        )}
      </main>
      {presenter?.blanked && (
        <div className="blank-screen" role="img" aria-label={t('presenter.blanked')} />
      )}
    </div>
  )
}
