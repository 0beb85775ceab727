import { useCallback } from 'react'
import type { ContentBundle } from '../../../../shared/content/content-bundle'
import type { FlowScreen } from '../../../../shared/domain/session-flow'
import { useT } from '../../i18n'
import { useCardsStore } from '../../stores/cards-store'
import { useCurrentSessionStore } from '../../stores/current-session-store'
import { CardComposer } from '../cards/CardComposer'
import { usePresenterStore } from '../presenter/presenter-store'
import { useQuickscanDisplayStore } from '../quickscan/quickscan-display-store'
import { timerKey, useTimerStore } from '../timer/timer-store'
import { useVoteDisplayStore } from '../votes/vote-display-store'
import { audienceViewKey, useAudiencePagingStore } from './audience-paging-store'
import { AudienceView } from './AudienceView'

interface PresenterStageProps {
  screen: FlowScreen
  flow: FlowScreen[]
  content: ContentBundle
  /** The small card bar (N); everything else is what the room sees. */
  composerOpen: boolean
}

/**
 * Presenter mode on one screen: the audience view itself, fullscreen, driven by keyboard or
 * clicker. The only control on it is the card bar, and only while the facilitator opens it.
 */
export function PresenterStage({ screen, flow, content, composerOpen }: PresenterStageProps) {
  const t = useT()
  const blanked = usePresenterStore((s) => s.blanked)
  const showJoin = usePresenterStore((s) => s.showJoin)
  const textScale = usePresenterStore((s) => s.textScale)
  const shown = useQuickscanDisplayStore((s) => s.shown)
  const questionId = useQuickscanDisplayStore((s) => s.questionId)
  const filters = useQuickscanDisplayStore((s) => s.filters)
  const sessionId = useCurrentSessionStore((s) => s.session?.id)
  const timer =
    useTimerStore((s) => (sessionId ? s.timers[timerKey(sessionId, screen.id)] : undefined)) ?? null
  const participants = useCurrentSessionStore((s) => s.session?.participants) ?? []
  const voteRoundId = useVoteDisplayStore((s) => s.shownRoundId)
  const quickscan = shown ? { shown, questionId, filters } : null
  const view = audienceViewKey(screen.id, quickscan, voteRoundId)
  const page = useAudiencePagingStore((s) => (s.view === view ? s.page : 0))
  const onPages = useCallback(
    (pages: number) => useAudiencePagingStore.getState().setPages(view, pages),
    [view]
  )
  const overlay =
    composerOpen && screen.cards && !blanked ? (
      <section className="audience-composer" aria-label={t('audience.composer')}>
        <CardComposer
          participants={participants}
          onAdd={(text, tag, participantId) =>
            useCardsStore.getState().add({ screenId: screen.id, text, tag, participantId })
          }
        />
        <p className="audience-composer-hint">{t('audience.composerHint')}</p>
      </section>
    ) : null
  return (
    <AudienceView
      screen={screen}
      flow={flow}
      content={content}
      quickscan={quickscan}
      voteRoundId={voteRoundId}
      timer={timer}
      showJoin={showJoin}
      blanked={blanked}
      textScale={textScale}
      page={page}
      onPages={onPages}
      overlay={overlay}
    />
  )
}
