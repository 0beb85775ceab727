import type { AnswerSummary } from '../../../../shared/domain/quickscan-merge'
import { useT } from '../../i18n'

export function VerdictBadge({ summary }: { summary: AnswerSummary }) {
  const t = useT()
  return (
    <span className="verdict-badges">
      {summary.verdict && (
        <span className={`verdict verdict-${summary.verdict}`}>
          {t(`qs.verdict.${summary.verdict}`)}
        </span>
      )}
      {summary.caution && (
        <span className="verdict caution">{t('qs.caution', { count: summary.answered })}</span>
      )}
    </span>
  )
}

/** "+ (spreiding -- tot ++)": the central value never without its spread. */
export function MedianText({ summary }: { summary: AnswerSummary }) {
  const t = useT()
  if (!summary.spread) return <span className="median">{t('qs.noMedian')}</span>
  const labels = ['--', '-', '+/-', '+', '++']
  const at = (score: number) => labels[Math.round(score) - 1] ?? ''
  return (
    <span className="median">
      {t('qs.median', {
        median: summary.medianAnswers.join(t('qs.and')),
        min: at(summary.spread.min),
        max: at(summary.spread.max)
      })}
    </span>
  )
}
