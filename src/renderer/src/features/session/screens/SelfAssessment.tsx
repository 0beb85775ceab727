import { AutosaveText } from '../../../components/AutosaveText'
import { useT } from '../../../i18n'
import { useWorkspaceStore } from '../../../stores/workspace-store'

const ratings = [1, 2, 3, 4, 5] as const

/** Stap 3: how far the team is on this question, 1–5, with the team's notes. */
export function SelfAssessment({
  questionId,
  editable
}: {
  questionId: string
  editable: boolean
}) {
  const t = useT()
  const entry = useWorkspaceStore((state) =>
    state.selfAssessments.find((e) => e.questionId === questionId)
  ) ?? { questionId, rating: null, notes: '' }
  const setAssessment = useWorkspaceStore((state) => state.setAssessment)

  return (
    <div className="self-assessment">
      <fieldset className="rating">
        <legend>{t('assessment.legend')}</legend>
        {ratings.map((rating) => (
          <label key={rating} className={entry.rating === rating ? 'chosen' : undefined}>
            <input
              type="radio"
              name={`rating-${questionId}`}
              checked={entry.rating === rating}
              disabled={!editable}
              onChange={() => setAssessment({ ...entry, rating })}
            />
            <span className="rating-number">{rating}</span>
            <span className="rating-label">{t(`assessment.rating.${rating}`)}</span>
          </label>
        ))}
      </fieldset>
      <AutosaveText
        readOnly={!editable}
        multiline
        rows={2}
        label={t('assessment.notes')}
        value={entry.notes}
        onSave={(notes) => setAssessment({ ...entry, notes })}
      />
    </div>
  )
}
