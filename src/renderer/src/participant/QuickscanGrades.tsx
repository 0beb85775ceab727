import { useEffect, useRef } from 'react'
import type { ParticipantQuickscan } from '../../../shared/participant/protocol'
import { t } from './i18n'

const gradeValues = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const

interface QuickscanGradesProps {
  scan: ParticipantQuickscan
  grades: Record<string, number>
  busy: boolean
  onGrade(clusterId: string, grade: number | null): void
  onBack(): void
  onComplete(): void
}

/** After the items: one grade (1–10) per cluster, then "Klaar" hands the scan in. */
export function QuickscanGrades(props: QuickscanGradesProps) {
  const { scan, grades, busy, onGrade, onBack, onComplete } = props
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])

  return (
    <section className="p-section" aria-labelledby="grades-heading">
      <h2 id="grades-heading" ref={headingRef} tabIndex={-1}>
        {t('phone.quickscan.gradesHeading')}
      </h2>
      {scan.gradePrompt && <p>{scan.gradePrompt}</p>}
      {scan.clusters.map((cluster) => (
        <fieldset key={cluster.id} className="p-grade">
          <legend>{cluster.title}</legend>
          <div
            className="p-grades"
            role="group"
            aria-label={t('phone.quickscan.gradeGroup', { cluster: cluster.title })}
          >
            {gradeValues.map((grade) => {
              const pressed = grades[cluster.id] === grade
              return (
                <button
                  key={grade}
                  type="button"
                  aria-pressed={pressed}
                  // Tapping the chosen grade again takes it back, as on paper one can leave it blank.
                  onClick={() => onGrade(cluster.id, pressed ? null : grade)}
                >
                  {grade}
                </button>
              )
            })}
          </div>
        </fieldset>
      ))}
      <div className="p-nav">
        <button type="button" onClick={onBack}>
          ← {t('phone.quickscan.previous')}
        </button>
        <button type="button" className="p-primary" onClick={onComplete} disabled={busy}>
          {t('phone.quickscan.done')}
        </button>
      </div>
    </section>
  )
}
