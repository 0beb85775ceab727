import './votes.css'
import { useState } from 'react'
import type { VoteRound } from '../../../../shared/domain/votes'
import { useT } from '../../i18n'
import { PageIndicator } from '../audience/PageIndicator'
import { PagedColumns } from '../audience/PagedColumns'
import { VoteResultsPanel } from './VoteResultsPanel'

interface VoteProjectionProps {
  round: VoteRound
  page: number
  onPages(pages: number): void
}

/**
 * A voting round on the audience view, shown only while the facilitator shows it: how many
 * voted, and the standings once the round is closed (never who gave what). A long list of
 * options flows into columns and pages like the cards.
 */
export function VoteProjection({ round, page, onPages }: VoteProjectionProps) {
  const t = useT()
  const [pages, setPages] = useState(1)
  const shown = Math.min(page, pages - 1)
  const headingId = `audience-vote-${round.id}`
  // A new ballot or count changes the bars: fit again.
  const counted = `${round.status}|${round.ballots.length}|${JSON.stringify(round.paper)}`
  return (
    <>
      <header className="audience-head" id="audience-question">
        <p className="audience-eyebrow">{t('voteRoom.eyebrow')}</p>
        <h1 className="audience-title audience-title--small" id={headingId}>
          {round.title}
        </h1>
      </header>
      <PagedColumns
        className="audience-votes"
        contentKey={`${round.id}|${counted}`}
        page={shown}
        onPages={(count) => {
          setPages(count)
          onPages(count)
        }}
      >
        <VoteResultsPanel round={round} forRoom labelledBy={headingId} />
      </PagedColumns>
      <PageIndicator page={shown} pages={pages} />
    </>
  )
}
