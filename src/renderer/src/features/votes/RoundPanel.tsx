import { useState } from 'react'
import { tallyVotes, topOptions } from '../../../../shared/domain/vote-tally'
import type { VoteRound } from '../../../../shared/domain/votes'
import { useT } from '../../i18n'
import { useActionsStore } from '../../stores/actions-store'
import { useVotesStore } from '../../stores/votes-store'
import { PaperCount } from './PaperCount'
import { useVoteDisplayStore } from './vote-display-store'
import { VoteResultsPanel } from './VoteResultsPanel'

interface RoundPanelProps {
  round: VoteRound
  onError(message: string): void
  /** The facilitator closes the round here: told before the store answers. */
  onClosing?(roundId: string): void
}

/** One round on the facilitator's screen: the standings, the paper count, the way to actions. */
export function RoundPanel({ round, onError, onClosing }: RoundPanelProps) {
  const t = useT()
  const shown = useVoteDisplayStore((s) => s.shownRoundId === round.id)
  const [topCount, setTopCount] = useState(3)
  const [made, setMade] = useState<number | null>(null)
  const fail = (e: Error) => onError(e.message)
  const { setStatus, remove, toActions } = useVotesStore.getState()
  const top = topOptions(tallyVotes(round), topCount)
  const makeActions = () =>
    void toActions(
      round.id,
      top.map((r) => ({
        optionId: r.option.id,
        why: t('vote.actionWhy', { title: round.title, dots: r.dots })
      }))
    )
      .then(async (actions) => {
        setMade(actions.length)
        await useActionsStore.getState().load(round.sessionId)
      })
      .catch(fail)
  return (
    <section className="card round-panel" data-round-id={round.id}>
      <p className="eyebrow">{t(`vote.status.${round.status}`)}</p>
      <VoteResultsPanel round={round} />
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            const next = round.status === 'open' ? 'gesloten' : 'open'
            if (next === 'gesloten') onClosing?.(round.id)
            void setStatus(round.id, next).catch(fail)
          }}
        >
          {round.status === 'open' ? t('vote.close') : t('vote.reopen')}
        </button>
        <button
          type="button"
          aria-pressed={shown}
          onClick={() => useVoteDisplayStore.getState().show(shown ? null : round.id)}
        >
          {shown ? t('vote.shown') : t('vote.show')}
        </button>
        <button
          type="button"
          className="link danger"
          onClick={() => {
            if (window.confirm(t('vote.confirmDelete'))) void remove(round.id).catch(fail)
          }}
        >
          {t('vote.delete')}
        </button>
      </div>
      {/* Keyed by the round only: a saved count must not remount it and lose "opgeslagen". */}
      <PaperCount key={round.id} round={round} onError={onError} />
      <div className="to-actions">
        <label>
          {t('vote.topCount')}
          <input
            type="number"
            min={1}
            max={round.options.length}
            value={topCount}
            onChange={(e) => setTopCount(Math.max(1, Math.round(Number(e.target.value) || 1)))}
          />
        </label>
        <button type="button" className="primary" disabled={top.length === 0} onClick={makeActions}>
          {t('vote.toActions')}
        </button>
        {top.length > topCount && <p className="hint">{t('vote.tieNote')}</p>}
        {made !== null && <p role="status">{t('vote.actionsMade', { count: made })}</p>}
      </div>
    </section>
  )
}
