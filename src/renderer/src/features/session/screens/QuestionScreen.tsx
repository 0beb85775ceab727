import type { ReactNode } from 'react'
import { CardBoard } from '../../cards/CardBoard'

interface QuestionScreenProps {
  eyebrow: string
  question: string
  screenId: string
  editable: boolean
  /** Extra recording for the question (Stap 3's self-assessment), between question and cards. */
  children?: ReactNode
}

/** One question, large enough to read from the back of a classroom, with the team's cards. */
export function QuestionScreen({
  eyebrow,
  question,
  screenId,
  editable,
  children
}: QuestionScreenProps) {
  return (
    <article className="screen question-screen">
      <p className="eyebrow">{eyebrow}</p>
      <h1 className="projected-question" lang="nl">
        {question}
      </h1>
      {children}
      <CardBoard screenId={screenId} editable={editable} />
    </article>
  )
}
