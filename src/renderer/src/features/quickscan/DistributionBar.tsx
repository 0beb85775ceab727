import { answerValues, type QuickscanAnswer } from '../../../../shared/content/quickscan'
import { useT } from '../../i18n'

/** How many gave each answer, as one bar; the counts are written out for screen readers. */
export function DistributionBar({ counts }: { counts: Record<QuickscanAnswer, number> }) {
  const t = useT()
  const total = answerValues.reduce((sum, a) => sum + counts[a], 0)
  const description = answerValues.map((a) => `${a}: ${counts[a]}`).join(', ')
  return (
    <div className="distribution" role="img" aria-label={t('qs.distribution', { description })}>
      {total === 0 ? (
        <span className="distribution-empty">{t('qs.noAnswers')}</span>
      ) : (
        answerValues
          .filter((a) => counts[a] > 0)
          .map((a) => (
            <span
              key={a}
              className={`distribution-part answer-${answerValues.indexOf(a) + 1}`}
              style={{ flexGrow: counts[a] }}
              aria-hidden="true"
            >
              {a} {counts[a]}
            </span>
          ))
      )}
    </div>
  )
}
