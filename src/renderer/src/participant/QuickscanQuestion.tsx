import { useEffect, useRef } from 'react'
import type { ParticipantQuickscan } from '../../../shared/participant/protocol'
import type { QuickscanAnswer } from '../../../shared/content/quickscan'
import { answerForKey, isAnswerKeystroke } from './quickscan-flow'
import { t } from './i18n'

interface QuickscanQuestionProps {
  scan: ParticipantQuickscan
  index: number
  chosen: QuickscanAnswer | undefined
  onChoose(answer: QuickscanAnswer): void
  onBack(): void
  onNext(): void
}

/** One item of the scan: tap (or press 1–6) an answer and the next item follows. */
export function QuickscanQuestion(props: QuickscanQuestionProps) {
  const { scan, index, chosen, onChoose, onBack, onNext } = props
  const headingRef = useRef<HTMLHeadingElement>(null)
  const question = scan.questions[index]
  const factor = scan.factors.find((candidate) => candidate.number === question?.factor)
  const total = scan.questions.length

  // Each new item takes the focus, so a screen reader reads it and keys 1–6 apply to it.
  useEffect(() => headingRef.current?.focus(), [index])
  useAnswerKeys(scan, onChoose)

  if (!question) return null
  return (
    <section className="p-section" aria-labelledby="quickscan-question">
      <p className="p-progress">
        {t('phone.quickscan.progress', { number: index + 1, total })}
        <progress value={index} max={total} aria-hidden="true" />
      </p>
      {factor && (
        <p className="p-eyebrow">
          {t('phone.quickscan.factor', { number: factor.number, title: factor.title })}
        </p>
      )}
      <h2 id="quickscan-question" ref={headingRef} tabIndex={-1} className="p-question" lang="nl">
        {question.text}
      </h2>
      <div className="p-answers" role="group" aria-label={t('phone.quickscan.answerGroup')}>
        {scan.answers.map((option, position) => (
          <button
            key={option.value}
            type="button"
            className="p-answer"
            aria-pressed={chosen === option.value}
            onClick={() => onChoose(option.value)}
          >
            <span className="p-answer-symbol">{option.value}</span>
            <span className="p-answer-label" lang="nl">
              {option.label}
            </span>
            <kbd aria-hidden="true">{position + 1}</kbd>
          </button>
        ))}
      </div>
      <div className="p-nav">
        <button type="button" onClick={onBack} disabled={index === 0}>
          ← {t('phone.quickscan.previous')}
        </button>
        <button type="button" onClick={onNext}>
          {t('phone.quickscan.next')} →
        </button>
      </div>
      <p className="p-hint p-keys-hint">{t('phone.quickscan.keysHint')}</p>
    </section>
  )
}

/** Listens on the document, so the keys work wherever the focus is (except in a field). */
function useAnswerKeys(scan: ParticipantQuickscan, onChoose: (answer: QuickscanAnswer) => void) {
  const choose = useRef(onChoose)
  useEffect(() => {
    choose.current = onChoose
  }, [onChoose])
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isAnswerKeystroke(event)) return
      const answer = answerForKey(event.key, scan.answers)
      if (!answer) return
      event.preventDefault()
      choose.current(answer)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [scan])
}
