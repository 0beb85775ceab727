import type { QuickscanPack } from '../../../../shared/content/quickscan'
import type { QuickscanRespondent } from '../../../../shared/domain/quickscan'
import { useT } from '../../i18n'
import { useQuickscanStore } from '../../stores/quickscan-store'

const grades = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const

interface GradesStepProps {
  pack: QuickscanPack
  respondent: QuickscanRespondent
  onBack(): void
  onDone(): void
  /** Clusters graded in an earlier sitting: their grade is not shown to whoever sits here now. */
  hiddenGrades?: readonly string[]
  onRegrade?(clusterId: string): void
}

/** The scan's last page, per respondent: a grade for each cluster, then done. */
export function GradesStep({
  pack,
  respondent,
  onBack,
  onDone,
  hiddenGrades = [],
  onRegrade
}: GradesStepProps) {
  const t = useT()
  const grade = useQuickscanStore((s) => s.grade)
  const complete = useQuickscanStore((s) => s.complete)
  const answered = pack.questions.filter((q) => respondent.answers[q.id]).length
  return (
    <section className="answer-flow grades-step" aria-labelledby="grades-heading">
      <h2 id="grades-heading" tabIndex={-1}>
        {pack.priorities.prompts.grade}
      </h2>
      {pack.clusters.map((cluster) => (
        <label key={cluster.id}>
          <span lang="nl">{cluster.title}</span>
          <select
            value={hiddenGrades.includes(cluster.id) ? '' : (respondent.grades[cluster.id] ?? '')}
            onChange={(event) => {
              grade(
                respondent.id,
                cluster.id,
                event.target.value ? Number(event.target.value) : null
              )
              if (hiddenGrades.includes(cluster.id)) onRegrade?.(cluster.id)
            }}
          >
            <option value="">{t('qs.noGrade')}</option>
            {grades.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
      ))}
      <p>{t('qs.answeredCount', { answered, total: pack.questions.length })}</p>
      <div className="screen-nav">
        <button type="button" onClick={onBack}>
          ← {t('qs.previousItem')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            complete(respondent.id)
            onDone()
          }}
        >
          {t('qs.finish')}
        </button>
      </div>
    </section>
  )
}
