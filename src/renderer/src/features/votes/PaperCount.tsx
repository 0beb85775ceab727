import { useState } from 'react'
import type { VoteRound } from '../../../../shared/domain/votes'
import { maxPaperPeople } from '../../../../shared/domain/votes'
import { useT } from '../../i18n'
import { useVotesStore } from '../../stores/votes-store'

/** The facilitator counts the dots of people without a phone (stickers, raised hands). */
export function PaperCount({ round, onError }: { round: VoteRound; onError(m: string): void }) {
  const t = useT()
  const [people, setPeople] = useState(round.paper.people)
  const [dots, setDots] = useState<Record<string, number>>(round.paper.dots)
  const [saved, setSaved] = useState(false)
  const whole = (value: string, max: number) =>
    Math.min(max, Math.max(0, Math.round(Number(value) || 0)))
  const save = () => {
    const counted = Object.fromEntries(Object.entries(dots).filter(([, n]) => n > 0))
    void useVotesStore
      .getState()
      .setPaper(round.id, people, counted)
      .then(() => setSaved(true))
      .catch((e: Error) => onError(e.message))
  }
  return (
    <details className="paper-count">
      <summary>{t('vote.paperHeading')}</summary>
      <label>
        {t('vote.paperPeople')}
        <input
          type="number"
          min={0}
          max={maxPaperPeople}
          value={people}
          onChange={(e) => {
            setSaved(false)
            setPeople(whole(e.target.value, maxPaperPeople))
          }}
        />
      </label>
      {round.options.map((option) => (
        <label key={option.id}>
          {t('vote.paperDots', { label: option.label })}
          <input
            type="number"
            min={0}
            value={dots[option.id] ?? 0}
            onChange={(e) => {
              setSaved(false)
              setDots({ ...dots, [option.id]: whole(e.target.value, 2_000) })
            }}
          />
        </label>
      ))}
      <button type="button" onClick={save}>
        {t('vote.paperSave')}
      </button>
      {saved && <p role="status">{t('vote.paperSaved')}</p>}
    </details>
  )
}
