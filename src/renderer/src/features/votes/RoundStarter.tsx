import { useState } from 'react'
import type { VoteOptionKind } from '../../../../shared/domain/votes'
import { maxDotsPerPerson } from '../../../../shared/domain/votes'
import { useT } from '../../i18n'
import { useVotesStore } from '../../stores/votes-store'

export interface Candidate {
  kind: VoteOptionKind
  refId: string
  label: string
  /** Ticked to begin with. */
  suggested: boolean
}

interface RoundStarterProps {
  /** One list per source the facilitator can pick from. */
  sources: { id: 'cards' | 'quickscan'; candidates: Candidate[] }[]
  onError(message: string): void
}

/** Title, dots per person and what to vote on; starting opens the round on every phone. */
export function RoundStarter({ sources, onError }: RoundStarterProps) {
  const t = useT()
  const [sourceId, setSourceId] = useState(sources[0]?.id ?? 'cards')
  const [title, setTitle] = useState(t('vote.defaultTitle'))
  const [dots, setDots] = useState(3)
  const [unticked, setUnticked] = useState<Record<string, boolean>>({})
  const [ticked, setTicked] = useState<Record<string, boolean>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const candidates = sources.find((s) => s.id === sourceId)?.candidates ?? []
  const key = (c: Candidate) => `${c.kind}:${c.refId}`
  const isTicked = (c: Candidate) => (c.suggested ? !unticked[key(c)] : ticked[key(c)] === true)
  const toggle = (c: Candidate, on: boolean) =>
    c.suggested
      ? setUnticked({ ...unticked, [key(c)]: !on })
      : setTicked({ ...ticked, [key(c)]: on })
  const chosen = candidates.filter(isTicked)

  const start = () => {
    if (chosen.length < 2) return setProblem(t('vote.needTwo'))
    setProblem(null)
    void useVotesStore
      .getState()
      .start({
        title: title.trim() || t('vote.defaultTitle'),
        dotsPerPerson: dots,
        options: chosen.map(({ kind, refId }) => ({ kind, refId }))
      })
      .catch((e: Error) => onError(e.message))
  }

  return (
    <section className="card round-starter" aria-labelledby="round-starter-heading">
      <h2 id="round-starter-heading">{t('vote.startHeading')}</h2>
      <div className="round-fields">
        <label>
          {t('vote.source')}
          <select
            value={sourceId}
            onChange={(e) => setSourceId(e.target.value as 'cards' | 'quickscan')}
          >
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {t(`vote.source.${s.id}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('vote.roundTitle')}
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('vote.dots')}
          <input
            type="number"
            min={1}
            max={maxDotsPerPerson}
            value={dots}
            onChange={(e) =>
              setDots(
                Math.min(maxDotsPerPerson, Math.max(1, Math.round(Number(e.target.value) || 1)))
              )
            }
          />
        </label>
      </div>
      <fieldset className="round-options">
        <legend>{t('vote.pick')}</legend>
        {candidates.map((c) => (
          <label key={key(c)} className="inline-check">
            <input
              type="checkbox"
              checked={isTicked(c)}
              onChange={(e) => toggle(c, e.target.checked)}
            />{' '}
            {c.label}
          </label>
        ))}
      </fieldset>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="primary" onClick={start}>
        {t('vote.start')}
      </button>
      <p className="hint">{t('vote.phoneHint')}</p>
    </section>
  )
}
