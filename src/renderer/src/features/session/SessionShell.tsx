import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent
} from 'react'
import { neighbourScreen, type FlowScreen } from '../../../../shared/domain/session-flow'
import { writes } from '../../api/writes'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useT } from '../../i18n'
import { useActionsStore } from '../../stores/actions-store'
import { useCardsStore } from '../../stores/cards-store'
import { useContentStore } from '../../stores/content-store'
import { useCurrentSessionStore } from '../../stores/current-session-store'
import { useRouteStore } from '../../stores/route-store'
import { HeldCardsPanel } from '../cards/HeldCardsPanel'
import { UndoNotice } from '../cards/UndoNotice'
import { ActionPlanView } from '../plan/ActionPlanView'
import { usePresenterStore } from '../presenter/presenter-store'
import { usePresenterKeys } from '../presenter/use-presenter-keys'
import { QuickscanView } from '../quickscan/QuickscanView'
import { useVoteDisplayStore } from '../votes/vote-display-store'
import { PrivateAnsweringView } from '../quickscan/PrivateAnswering'
import { usePrivateAnswerStore } from '../quickscan/private-answer-store'
import { useQuickscanStore } from '../../stores/quickscan-store'
import { VotingView } from '../votes/VotingView'
import { ReferencePanel } from '../reference/ReferencePanel'
import { Timer } from '../timer/Timer'
import { timerKey, useTimerStore } from '../timer/timer-store'
import { AreaTabs, areaOf, areaScreenIds, type SessionArea } from './AreaTabs'
import { FacilitatorNotes } from './FacilitatorNotes'
import { ProgressNav, screenName } from './ProgressNav'
import { ScreenView } from './ScreenView'
import { SessionToolbar, type SidePanel } from './SessionToolbar'
import { SyncIndicator } from './SyncIndicator'
import { useLiveSession } from './use-live-session'
import { useOpenSession } from './use-open-session'
import { JoinOverlay } from '../joining/JoinOverlay'
import { JoiningPanel } from '../joining/JoiningPanel'
import { useJoiningStore } from '../../stores/joining-store'
import { api } from '../../api'
import { useFocusReturn } from '../../components/use-focus-return'
import { currentAudienceView, useAudienceLink } from '../audience/use-audience-link'
import { useAudiencePagingStore } from '../audience/audience-paging-store'
import { PresenterStage } from '../audience/PresenterStage'
import { ShortcutsDialog } from '../shortcuts/ShortcutsDialog'

const nothing = () => undefined
/** While someone answers privately, the clicker and shortcuts neither move nor undo anything. */
const inertHandlers = {
  next: nothing,
  previous: nothing,
  undo: nothing,
  toggleTimer: nothing,
  toggleJoin: nothing,
  toggleComposer: nothing,
  showShortcuts: nothing
}

/** A team session: one screen at a time, with everything the facilitator needs around it. */
export function SessionShell({ sessionId, screenId }: { sessionId: string; screenId?: string }) {
  const t = useT()
  const { ready, error, storedPosition, version } = useOpenSession(sessionId)
  const content = useContentStore((state) => state.content)
  const flow = useContentStore((state) => state.flow)
  const session = useCurrentSessionStore((state) => state.session)
  const navigate = useRouteStore((state) => state.navigate)
  const lastCard = useCardsStore((state) => state.deleted.at(-1))
  const lastWasMerge = useCardsStore((state) => (lastCard ? lastCard.id in state.merges : false))
  const lastAction = useActionsStore((state) => state.deleted.at(-1))
  const presenting = usePresenterStore((state) => state.presenting)
  const blanked = usePresenterStore((state) => state.blanked)
  const textScale = usePresenterStore((state) => state.textScale)
  const [panel, setPanel] = useState<SidePanel>(null)
  const [joinOverlay, setJoinOverlay] = useState(false)
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const [composerOpen, setComposerOpen] = useState(false)
  useFocusReturn(panel !== null)
  useFocusReturn(joinOverlay)
  useFocusReturn(shortcutsOpen)
  const mainRef = useRef<HTMLElement>(null)
  const joiningActive = useJoiningStore(
    (state) => state.sessionId === sessionId && state.status !== null
  )
  // The flow screen to return to from the quickscan or the plan.
  const [lastFlowId, setLastFlowId] = useState<string | null>(null)
  const area = areaOf(screenId)
  // Someone answers the quickscan privately: the laptop is theirs until they hand it back.
  const privateAnswering = usePrivateAnswerStore((state) =>
    state.active?.sessionId === sessionId ? state.active : null
  )

  const current = useMemo(() => {
    const wanted = area === 'session' && screenId ? screenId : (lastFlowId ?? storedPosition)
    return flow.find((screen) => screen.id === wanted) ?? flow[0]
  }, [flow, screenId, storedPosition, area, lastFlowId])

  const go = useCallback(
    (screen: FlowScreen) => {
      setLastFlowId(screen.id)
      navigate({ name: 'session', sessionId, screenId: screen.id })
      void writes.enqueue('session.setPosition', { sessionId, screenId: screen.id })
    },
    [navigate, sessionId]
  )
  const goArea = useCallback(
    (target: SessionArea) => {
      if (target === 'session') return current && go(current)
      navigate({ name: 'session', sessionId, screenId: areaScreenIds[target] })
    },
    [current, go, navigate, sessionId]
  )

  const audienceScreenId = area === 'session' ? (current?.id ?? null) : null
  const handlers = useMemo(() => {
    // The clicker first turns the audience view's pages, then moves to the next screen.
    const turn = (delta: 1 | -1) =>
      useAudiencePagingStore.getState().turn(currentAudienceView(audienceScreenId), delta)
    return {
      next: () => {
        if (turn(1)) return
        if (area === 'session' && current) go(neighbourScreen(flow, current.id, 1))
      },
      previous: () => {
        if (turn(-1)) return
        if (area === 'session' && current) go(neighbourScreen(flow, current.id, -1))
      },
      undo: () => {
        if (area === 'quickscan') return useQuickscanStore.getState().undoRemove()
        void (area === 'plan' ? useActionsStore.getState().undo() : useCardsStore.getState().undo())
      },
      toggleTimer: () => {
        if (area === 'session' && current?.cards)
          useTimerStore.getState().toggle(timerKey(sessionId, current.id))
      },
      toggleJoin: () => {
        const { showJoin, setShowJoin } = usePresenterStore.getState()
        setShowJoin(!showJoin)
      },
      toggleComposer: () => setComposerOpen((open) => !open),
      showShortcuts: () => setShortcutsOpen(true)
    }
  }, [area, current, flow, go, sessionId, audienceScreenId])
  const keys = privateAnswering ? inertHandlers : handlers
  usePresenterKeys(keys)
  useAudienceLink(sessionId, audienceScreenId, keys)
  // A voting round stays on the room's screen while Samen kiezen is open, in presenter mode too;
  // leaving the area (or the session) takes it off.
  useEffect(() => {
    if (area !== 'votes') useVoteDisplayStore.getState().show(null)
  }, [area])
  useEffect(() => () => useVoteDisplayStore.getState().show(null), [sessionId])
  // From the loaded state on: no second fetch of the whole session after opening it.
  useLiveSession(sessionId, joiningActive && ready, {}, version)

  useEffect(() => {
    void useJoiningStore
      .getState()
      .load(sessionId)
      .catch(() => undefined)
  }, [sessionId])

  const leave = useCallback(() => {
    // Closing a session makes a backup and stops participant joining for it.
    void writes.idle().then(() => api['session.close']({ sessionId }).catch(() => undefined))
    navigate({ name: 'start' })
  }, [navigate, sessionId])

  useEffect(() => {
    if (!session || !current) return
    const name =
      area === 'session'
        ? screenName(t, flow, current)
        : t(area === 'plan' ? 'area.plan' : area === 'votes' ? 'area.votes' : 'area.quickscan')
    document.title = `${name} — ${session.title}`
  }, [session, current, flow, t, area])

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

  if (privateAnswering) {
    return (
      <main className="page private-page" id="session-main">
        <PrivateAnsweringView
          sessionId={sessionId}
          pack={content.quickscan}
          active={privateAnswering}
        />
      </main>
    )
  }

  const undoNotice =
    area === 'plan' ? (
      <UndoNotice
        lastDeleted={lastAction && { id: lastAction.id, text: lastAction.what }}
        message={(text) => t('plan.deleted', { what: text })}
        onUndo={handlers.undo}
      />
    ) : (
      <UndoNotice
        lastDeleted={lastCard}
        message={(text) => t(lastWasMerge ? 'cards.merged' : 'cards.deleted', { text })}
        onUndo={handlers.undo}
      />
    )
  const shortcuts = shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />
  if (presenting) {
    return (
      <>
        <PresenterStage
          screen={current}
          flow={flow}
          content={content}
          composerOpen={composerOpen}
        />
        {undoNotice}
        {shortcuts}
      </>
    )
  }

  const sideVisible = area === 'session'
  const skipToQuestion = (event: MouseEvent) => {
    event.preventDefault()
    const heading = mainRef.current?.querySelector<HTMLElement>('h1')
    heading?.setAttribute('tabindex', '-1')
    heading?.focus()
  }
  return (
    <div className="session-shell" style={{ '--text-scale': textScale } as CSSProperties}>
      <a className="skip-link" href="#session-main" onClick={skipToQuestion}>
        {t('audience.skipToQuestion')}
      </a>
      <header className="session-bar">
        <button type="button" className="link" onClick={leave}>
          ← {t('common.back')}
        </button>
        <AreaTabs current={area} onGo={goArea} />
        {area === 'session' && <ProgressNav flow={flow} current={current} onGo={go} />}
        <SessionToolbar
          sessionId={sessionId}
          panel={panel}
          onPanel={setPanel}
          onShortcuts={() => setShortcutsOpen(true)}
        />
        {blanked && (
          <p className="blank-indicator" role="status">
            {t('audience.blankedIndicator')}
          </p>
        )}
        <SyncIndicator />
      </header>
      <div className="session-body">
        <main className="session-main" id="session-main" ref={mainRef}>
          {area === 'plan' && (
            <ActionPlanView sessionId={sessionId} content={content} flow={flow} />
          )}
          {area === 'quickscan' && <QuickscanView sessionId={sessionId} content={content} />}
          {area === 'votes' && <VotingView sessionId={sessionId} content={content} flow={flow} />}
          {area === 'session' && (
            <>
              <ScreenView screen={current} flow={flow} content={content} editable />
              <div className="screen-nav">
                <button type="button" onClick={handlers.previous} disabled={flow[0] === current}>
                  ← {t('flow.previous')}
                </button>
                {flow.at(-1) === current ? (
                  <button type="button" className="primary" onClick={() => goArea('plan')}>
                    {t('plan.toPlan')} →
                  </button>
                ) : (
                  <button type="button" className="primary" onClick={handlers.next}>
                    {t('flow.next')} →
                  </button>
                )}
              </div>
            </>
          )}
        </main>
        {sideVisible && (
          <aside className="session-side" aria-label={t('flow.sidePanel')}>
            {current.cards && <Timer sessionId={sessionId} screenId={current.id} />}
            <FacilitatorNotes key={current.id} screenId={current.id} />
          </aside>
        )}
        {panel === 'reference' && (
          <ReferencePanel content={content} onClose={() => setPanel(null)} />
        )}
        {panel === 'held' && (
          <HeldCardsPanel
            flow={flow}
            content={content}
            screenLabel={(screen) => screenName(t, flow, screen)}
            onClose={() => setPanel(null)}
          />
        )}
        {panel === 'joining' && (
          <JoiningPanel
            flow={flow}
            screenLabel={(screen) => screenName(t, flow, screen)}
            onShowLarge={() => setJoinOverlay(true)}
            onClose={() => setPanel(null)}
          />
        )}
      </div>
      {undoNotice}
      {joinOverlay && <JoinOverlay onClose={() => setJoinOverlay(false)} />}
      {shortcuts}
    </div>
  )
}
