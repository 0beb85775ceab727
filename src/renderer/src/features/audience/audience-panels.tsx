import type { ReactNode } from 'react'
import type { ContentBundle } from '../../../../shared/content/content-bundle'
import type { JoiningStatus } from '../../../../shared/domain/joining'
import type { FlowScreen } from '../../../../shared/domain/session-flow'
import type { VoteRound } from '../../../../shared/domain/votes'
import type { TimerState } from '../timer/timer-logic'
import type { QuickscanDisplay } from '../quickscan/quickscan-display-store'
import { VoteProjection } from '../votes/VoteProjection'
import { AudienceJoin } from './AudienceJoin'
import { AudienceTimer } from './AudienceTimer'
import { QuickscanStage } from './QuickscanStage'
import { SlideStage } from './SlideStage'

/** Everything a panel may draw from: what the facilitator chose to show, and the content. */
export interface AudienceContext {
  screen: FlowScreen
  flow: FlowScreen[]
  content: ContentBundle
  quickscan: QuickscanDisplay | null
  /** The voting round the facilitator shows, by id (it travels over the audience channel). */
  voteRoundId: string | null
  /** That round as stored, once the view has read it. */
  voteRound: VoteRound | null
  timer: TimerState | null
  showJoin: boolean
  joining: JoiningStatus | null
  page: number
  onPages(pages: number): void
}

/**
 * The audience view is a main stage plus side panels, each a small entry here: a new thing for
 * the room (say, dot-vote results) is one more panel, not a change to the view. The first main
 * panel that renders something fills the stage; every side panel that renders is stacked beside.
 */
export interface AudiencePanel {
  id: string
  render(context: AudienceContext): ReactNode | null
}

export const audienceMainPanels: AudiencePanel[] = [
  {
    id: 'votes',
    render: (c) =>
      c.voteRound ? <VoteProjection round={c.voteRound} page={c.page} onPages={c.onPages} /> : null
  },
  {
    id: 'quickscan',
    render: (c) =>
      c.quickscan?.shown ? (
        <QuickscanStage
          pack={c.content.quickscan}
          display={c.quickscan}
          page={c.page}
          onPages={c.onPages}
        />
      ) : null
  },
  {
    id: 'slide',
    render: (c) => (
      <SlideStage screen={c.screen} content={c.content} page={c.page} onPages={c.onPages} />
    )
  }
]

export const audienceSidePanels: AudiencePanel[] = [
  {
    id: 'timer',
    render: (c) =>
      c.timer && !c.quickscan?.shown && !c.voteRound ? <AudienceTimer timer={c.timer} /> : null
  },
  {
    id: 'join',
    render: (c) => (c.showJoin && c.joining ? <AudienceJoin status={c.joining} /> : null)
  }
]
