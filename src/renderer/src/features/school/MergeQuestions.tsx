import type { MergeCandidate } from '../../../../shared/domain/school'
import { useT } from '../../i18n'
import { useSchoolsStore } from '../../stores/schools-store'

interface MergeQuestionsProps {
  run(action: () => Promise<unknown>): Promise<boolean>
  onAnswered(): void
}

/**
 * Names that differ only in case or spacing came from typing; whether they are one school or
 * team only the facilitator knows, so nothing is merged without a "ja".
 */
export function MergeQuestions({ run, onAnswered }: MergeQuestionsProps) {
  const t = useT()
  const candidates = useSchoolsStore((s) => s.candidates)
  const { answer } = useSchoolsStore.getState()
  if (candidates.length === 0) return null

  const describe = (c: MergeCandidate) =>
    t(c.kind === 'school' ? 'school.mergeSchools' : 'school.mergeTeams', {
      keep: c.keep.name,
      other: c.other.name,
      keepCount: c.keep.sessionCount,
      otherCount: c.other.sessionCount,
      school: c.schoolName
    })

  return (
    <section className="card merge-questions" aria-labelledby="merge-heading">
      <h2 id="merge-heading">{t('school.mergeTitle')}</h2>
      <ul>
        {candidates.map((candidate) => (
          <li key={`${candidate.kind}-${candidate.keep.id}-${candidate.other.id}`}>
            <p>{describe(candidate)}</p>
            <button
              type="button"
              className="primary"
              onClick={() =>
                void run(async () => {
                  await answer(candidate, true)
                  onAnswered()
                })
              }
            >
              {t('school.mergeYes')}
            </button>
            <button
              type="button"
              onClick={() =>
                void run(async () => {
                  await answer(candidate, false)
                  onAnswered()
                })
              }
            >
              {t('school.mergeNo')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
