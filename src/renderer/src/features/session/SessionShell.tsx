import { useCallback, useEffect, useMemo, useState } from 'react'
import { writes } from '../../api/writes'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useT } from '../../i18n'
import { useCardsStore } from '../../stores/cards-store'
import { useContentStore } from '../../stores/content-store'
import { useCurrentSessionStore } from '../../stores/current-session-store'
import { useRouteStore } from '../../stores/route-store'
import { broadcastPresenterState } from '../presenter/presenter-channel'
import { usePresenterStore } from '../presenter/presenter-store'
import { usePresenterKeys } from '../presenter/use-presenter-keys'
import { ReferencePanel } from '../reference/ReferencePanel'
import { Timer } from '../timer/Timer'
import { useTimerStore } from '../timer/timer-store'
import { UndoNotice } from '../cards/UndoNotice'
import { FacilitatorNotes } from './FacilitatorNotes'
import { ProgressNav, screenName } from './ProgressNav'
import { ScreenView } from './ScreenView'
import { SessionToolbar } from './SessionToolbar'
import { SyncIndicator } from './SyncIndicator'
import { useOpenSession } from './use-open-session'
import { neighbourScreen, type FlowScreen } from '../../../../shared/domain/session-flow'

/** A team session: one screen of the flow at a time, with everything the facilitator needs around it. */
export function SessionShell({ sessionId, screenId }: { sessionId: string; screenId?: string }) {
  const t = useT()
  const { ready, error, storedPosition } = useOpenSession(sessionId)
  const content = useContentStore((state) => state.content)
  const flow = useContentStore((state) => state.flow)
  const session = useCurrentSessionStore((state) => state.session)
  const navigate = useRouteStore((state) => state.navigate)
  const lastDeleted = useCardsStore((state) => state.deleted.at(-1))
  const presenting = usePresenterStore((state) => state.presenting)
  const highContrast = usePresenterStore((state) => state.highContrast)
  const blanked = usePresenterStore((state) => state.blanked)
  const textScale = usePresenterStore((state) => state.textScale)
  const [referenceOpen, setReferenceOpen] = useState(false)

  const current = useMemo(
    () => flow.find((screen) => screen.id === (screenId ?? storedPosition)) ?? flow[0],
    [flow, screenId, storedPosition]
  )

  const go = useCallback(
    (screen: FlowScreen) => {
      navigate({ name: 'session', sessionId, screenId: screen.id })
      void writes.enqueue('session.setPosition', { sessionId, screenId: screen.id })
    },
    [navigate, sessionId]
  )

  const handlers = useMemo(
    () => ({
      next: () => current && go(neighbourScreen(flow, current.id, 1)),
      previous: () => current && go(neighbourScreen(flow, current.id, -1)),
      undo: () => void useCardsStore.getState().undo(),
      toggleTimer: () => current?.cards && useTimerStore.getState().toggle(current.id)
    }),
    [current, flow, go]
  )
  usePresenterKeys(handlers)

  useEffect(() => broadcastPresenterState(current?.id ?? null), [current?.id])

  useEffect(() => {
    if (session && current) document.title = `${screenName(t, flow, current)} — ${session.title}`
  }, [session, current, flow, t])

  if (error)
    return (
      <main className="page">
        <ErrorMessage message={error} />
      </main>
    )
  if (!ready || !content || !current || session?.id !== sessionId) {
    return (
      <main className="page">
        <p>{t('common.loading')}</p>
      </main>
    )
  }

  const classes = ['session-shell', presenting && 'presenting', highContrast && 'high-contrast']
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={{ '--text-scale': textScale } as React.CSSProperties}
    >
      <header className="session-bar">
        {!presenting && (
          <button type="button" className="link" onClick={() => navigate({ name: 'start' })}>
            ← {t('common.back')}
          </button>
        )}
        <ProgressNav flow={flow} current={current} onGo={go} />
        <SessionToolbar
          sessionId={sessionId}
          referenceOpen={referenceOpen}
          onToggleReference={() => setReferenceOpen(!referenceOpen)}
        />
        <SyncIndicator />
      </header>
      <div className="session-body">
        <main className="session-main" id="session-main">
          <ScreenView screen={current} flow={flow} content={content} editable />
          <div className="screen-nav">
            <button type="button" onClick={handlers.previous} disabled={flow[0] === current}>
              ← {t('flow.previous')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={handlers.next}
              disabled={flow.at(-1) === current}
            >
              {t('flow.next')} →
            </button>
          </div>
        </main>
        {(current.cards || !presenting) && (
          <aside className="session-side" aria-label={t('flow.sidePanel')}>
            {current.cards && <Timer screenId={current.id} />}
            {!presenting && <FacilitatorNotes key={current.id} screenId={current.id} />}
          </aside>
        )}
        {referenceOpen && (
          <ReferencePanel content={content} onClose={() => setReferenceOpen(false)} />
        )}
      </div>
      <UndoNotice lastDeleted={lastDeleted} onUndo={handlers.undo} />
      {blanked && <div className="blank-screen" aria-label={t('presenter.blanked')} role="img" />}
    </div>
  )
}
