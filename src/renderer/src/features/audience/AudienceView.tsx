import './audience.css'
import type { CSSProperties, ReactNode } from 'react'
import { useT } from '../../i18n'
import { useJoiningStore } from '../../stores/joining-store'
import { useVotesStore } from '../../stores/votes-store'
import { audienceMainPanels, audienceSidePanels, type AudienceContext } from './audience-panels'
import { useWindowSize } from './use-window-size'

export interface AudienceViewProps extends Omit<AudienceContext, 'joining' | 'voteRound'> {
  blanked: boolean
  textScale: number
  /** Presenter mode's small card bar; the projector window has none. */
  overlay?: ReactNode
}

/**
 * What the room sees, and only that: the step and question, the approved and visible cards,
 * the timer, the join information when asked, the revealed quickscan, the voting round the
 * facilitator shows, or black. It has no
 * inputs, so it can be the projector window and presenter mode alike.
 */
export function AudienceView(props: AudienceViewProps) {
  const t = useT()
  const joining = useJoiningStore((state) => state.status)
  const voteRound = useVotesStore(
    (state) => state.rounds.find((round) => round.id === props.voteRoundId) ?? null
  )
  // A projector window moved to another display or resized: fit everything again.
  const size = useWindowSize()
  const context: AudienceContext = { ...props, joining, voteRound }
  const main = audienceMainPanels.map((panel) => panel.render(context)).find((node) => node)
  const side = audienceSidePanels.map((panel) => (
    <PanelSlot key={panel.id}>{panel.render(context)}</PanelSlot>
  ))
  // Below 1 the projected minimum would not hold; larger is the facilitator's choice.
  const scale = Math.max(1, props.textScale)
  return (
    <div
      className="audience"
      aria-label={t('audience.label')}
      role="region"
      data-size={size}
      style={{ '--audience-scale': scale } as CSSProperties}
    >
      <div className="audience-main">{main}</div>
      <aside className="audience-side">{side}</aside>
      {props.overlay}
      {props.blanked && (
        <div className="audience-blank" role="img" aria-label={t('audience.blanked')} />
      )}
    </div>
  )
}

function PanelSlot({ children }: { children: ReactNode }) {
  return <>{children}</>
}
