import { useEffect, useRef, useState } from 'react'
import type { QuickscanPack } from '../../../../shared/content/quickscan'
import { useT } from '../../i18n'
import { useQuickscanStore } from '../../stores/quickscan-store'
import { answerForKey, keyForAnswer } from './answer-keys'
import { GradesStep } from './GradesStep'

interface AnswerFlowProps {
  pack: QuickscanPack
  respondentId: string
  onDone(): void
  /** Stop for now; the answers so far are kept and the respondent can continue later. */
  onLeave(): void
  /**
   * A paused private response taken up again: it goes on from `from` and never shows what was
   * answered in an earlier sitting (not even by paging back), as someone else may sit here now.
   */
  earlier?: {
    from: number
    questions: readonly string[]
    grades: readonly string[]
    onReanswer(kind: 'question' | 'grade', id: string): void
  }
}

/**
 * One respondent answers one item at a time: a key (1–6) or a click answers and moves on.
 * Nothing of anyone else's answers is on screen.
 */
export function AnswerFlow({ pack, respondentId, onDone, onLeave, earlier }: AnswerFlowProps) {
  const t = useT()
  const respondent = useQuickscanStore((s) =>
    s.quickscan?.respondents.find((r) => r.id === respondentId)
  )
  const answer = useQuickscanStore((s) => s.answer)
  const firstOpen = pack.questions.findIndex((q) => !respondent?.answers[q.id])
  const from = earlier?.from ?? 0
  // The first open question, never before where this sitting began.
  const [index, setIndex] = useState(
    Math.max(from, firstOpen < 0 ? pack.questions.length : firstOpen)
  )
  const toIndex = (next: number) => setIndex(Math.max(from, next))
  const headingRef = useRef<HTMLHeadingElement>(null)
  const question = pack.questions[index]

  useEffect(() => headingRef.current?.focus(), [index])

  if (!respondent) return null
  if (!question)
    return (
      <GradesStep
        pack={pack}
        respondent={respondent}
        onBack={() => toIndex(pack.questions.length - 1)}
        onDone={onDone}
        hiddenGrades={earlier?.grades}
        onRegrade={(clusterId) => earlier?.onReanswer('grade', clusterId)}
      />
    )

  const factor = pack.factors.find((f) => f.number === question.factor)
  const hidden = earlier?.questions.includes(question.id) ?? false
  const chosen = hidden ? undefined : respondent.answers[question.id]
  const choose = (value: (typeof pack.answers)[number]['value']) => {
    answer(respondentId, question.id, value)
    if (hidden) earlier?.onReanswer('question', question.id)
    setIndex(index + 1)
  }

  return (
    <section
      className="answer-flow"
      aria-labelledby="answer-question"
      onKeyDown={(event) => {
        if (event.ctrlKey || event.metaKey || event.altKey) return
        const value = answerForKey(event.key)
        if (value) {
          event.preventDefault()
          choose(value)
        } else if ((event.key === 'Backspace' || event.key === 'ArrowLeft') && index > from) {
          event.preventDefault()
          toIndex(index - 1)
        } else if (event.key === 'ArrowRight') {
          event.preventDefault()
          setIndex(index + 1)
        }
      }}
    >
      <p className="answer-progress">
        {t('qs.progress', { number: index + 1, total: pack.questions.length })}
        <progress value={index} max={pack.questions.length} aria-hidden="true" />
      </p>
      <p className="eyebrow" lang="nl">
        {factor ? `${factor.number}. ${factor.title}` : ''}
        {question.subTheme ? ` · ${question.subTheme}` : ''}
      </p>
      <h2
        id="answer-question"
        ref={headingRef}
        tabIndex={-1}
        className="projected-question"
        lang="nl"
      >
        {question.text}
      </h2>
      <div className="answer-buttons" role="group" aria-label={t('qs.answerGroup')}>
        {pack.answers.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={chosen === option.value}
            onClick={() => choose(option.value)}
          >
            <span className="answer-symbol">{option.value}</span>
            <span className="answer-label">{option.appLabel}</span>
            <kbd>{keyForAnswer(option.value)}</kbd>
          </button>
        ))}
      </div>
      <div className="screen-nav">
        <button type="button" disabled={index <= from} onClick={() => toIndex(index - 1)}>
          ← {t('qs.previousItem')}
        </button>
        <button type="button" onClick={onLeave}>
          {t('qs.later')}
        </button>
        <button type="button" onClick={() => setIndex(index + 1)}>
          {t('qs.skipItem')} →
        </button>
      </div>
      <p className="hint">{t('qs.keysHint')}</p>
    </section>
  )
}
