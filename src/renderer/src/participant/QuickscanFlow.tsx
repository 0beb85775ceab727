import { useState } from 'react'
import type { ParticipantQuickscan } from '../../../shared/participant/protocol'
import type { QuickscanAnswer } from '../../../shared/content/quickscan'
import { participantApi, type ApiError } from './api'
import { ErrorAlert } from './ErrorAlert'
import { firstOpenStep, withEntry } from './quickscan-flow'
import { QuickscanDone } from './QuickscanDone'
import { QuickscanGrades } from './QuickscanGrades'
import { QuickscanQuestion } from './QuickscanQuestion'
import { t } from './i18n'

interface QuickscanFlowProps {
  scan: ParticipantQuickscan
  token: string
  onLeave(): void
  /** The session ended or this phone's joining did; the error says which. */
  onEnded(error?: ApiError): void
}

/**
 * Steps 0 … n-1 are the items, step n the grades. Each answer is shown at once and sent in the
 * background; one that does not arrive is taken back and the participant is told which it was.
 */
export function QuickscanFlow({ scan, token, onLeave, onEnded }: QuickscanFlowProps) {
  const [answers, setAnswers] = useState(scan.mine.answers)
  const [grades, setGrades] = useState(scan.mine.grades)
  const [completed, setCompleted] = useState(scan.mine.completed)
  const [step, setStep] = useState(() => firstOpenStep(scan, scan.mine.answers))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const total = scan.questions.length

  const failed = (apiError: ApiError, message: string) => {
    if (apiError.kind === 'unauthorized') onEnded(apiError)
    else setError(message)
  }

  const choose = async (answer: QuickscanAnswer) => {
    const question = scan.questions[step]
    if (!question) return
    const previous = answers[question.id]
    setError(null)
    setAnswers((current) => withEntry(current, question.id, answer))
    setStep(step + 1)
    const result = await participantApi.answer(token, question.id, answer)
    if (result.ok) return
    // Only undo it if no later choice for the same item replaced it meanwhile.
    setAnswers((current) =>
      current[question.id] === answer ? withEntry(current, question.id, previous) : current
    )
    failed(
      result.error,
      t('phone.quickscan.notSaved', { number: step + 1, reason: result.error.message })
    )
  }

  const grade = async (clusterId: string, value: number | null) => {
    const previous = grades[clusterId]
    const title = scan.clusters.find((cluster) => cluster.id === clusterId)?.title ?? clusterId
    setError(null)
    setGrades((current) => withEntry(current, clusterId, value))
    const result = await participantApi.grade(token, clusterId, value)
    if (result.ok) return
    setGrades((current) =>
      current[clusterId] === (value ?? undefined)
        ? withEntry(current, clusterId, previous)
        : current
    )
    failed(
      result.error,
      t('phone.quickscan.gradeNotSaved', { cluster: title, reason: result.error.message })
    )
  }

  const complete = async () => {
    setBusy(true)
    setError(null)
    const result = await participantApi.complete(token)
    setBusy(false)
    if (result.ok) setCompleted(true)
    else failed(result.error, t('phone.quickscan.notCompleted', { reason: result.error.message }))
  }

  if (completed)
    return (
      <QuickscanDone
        onLeave={onLeave}
        onReview={() => {
          setCompleted(false)
          setStep(0)
        }}
      />
    )
  return (
    <div className="p-quickscan">
      <button type="button" className="p-link" onClick={onLeave}>
        ← {t('phone.quickscan.backToContribute')}
      </button>
      {scan.instructions.length > 0 && (
        <details className="p-details">
          <summary>{t('phone.quickscan.explanation')}</summary>
          {scan.instructions.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </details>
      )}
      {error && <ErrorAlert message={error} />}
      {step < total ? (
        <QuickscanQuestion
          scan={scan}
          index={step}
          chosen={answers[scan.questions[step]?.id ?? '']}
          onChoose={(answer) => void choose(answer)}
          onBack={() => setStep(Math.max(0, step - 1))}
          onNext={() => setStep(step + 1)}
        />
      ) : (
        <QuickscanGrades
          scan={scan}
          grades={grades}
          busy={busy}
          onGrade={(clusterId, value) => void grade(clusterId, value)}
          onBack={() => setStep(Math.max(0, total - 1))}
          onComplete={() => void complete()}
        />
      )}
    </div>
  )
}
