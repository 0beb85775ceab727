import { tallyVotes } from '../../../../shared/domain/vote-tally'
import type { VoteRound } from '../../../../shared/domain/votes'
import { useT } from '../../i18n'

interface VoteResultsPanelProps {
  round: VoteRound
  /**
   * The room's screen hides the standings while the round is open, so nobody follows the
   * crowd; the facilitator's own screen always shows them.
   */
  forRoom?: boolean
  /** The id of a heading that names the round already (the audience view's): no own title. */
  labelledBy?: string
}

/**
 * The result of a voting round: options with their dots as bars, most first, ties named. Only
 * totals, never who gave what. Self-contained so the audience view can mount it as a panel.
 */
export function VoteResultsPanel({ round, forRoom = false, labelledBy }: VoteResultsPanelProps) {
  const t = useT()
  const tally = tallyVotes(round)
  const most = Math.max(1, ...tally.results.map((r) => r.dots))
  const hidden = forRoom && round.status === 'open'
  return (
    <section className="vote-results" aria-labelledby={labelledBy ?? `vote-results-${round.id}`}>
      {!labelledBy && <h2 id={`vote-results-${round.id}`}>{round.title}</h2>}
      <p className="vote-voters">
        {t('vote.voters', {
          voters: tally.voters,
          devices: tally.devices,
          paper: tally.paperPeople
        })}
      </p>
      {hidden ? (
        <p className="vote-hidden">{t('vote.resultsHidden')}</p>
      ) : (
        <ol className="vote-bars">
          {tally.results.map((r) => (
            <li key={r.option.id} data-option-id={r.option.id}>
              <span className="vote-label">{r.option.label}</span>
              <span className="vote-bar-track" aria-hidden="true">
                <span className="vote-bar" style={{ width: `${(r.dots / most) * 100}%` }} />
              </span>
              <span className="vote-dots">
                {t('vote.dotsCount', { count: r.dots })}
                {r.tied && r.dots > 0 && <> · {t('vote.tied')}</>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
