import type { z } from 'zod'
import type { openScreenSchema } from '../../../shared/participant/protocol'
import { t } from './i18n'

type OpenScreen = z.infer<typeof openScreenSchema>

interface QuestionChoiceProps {
  open: OpenScreen[]
  chosen: OpenScreen | undefined
  onChoose(screenId: string): void
}

/** The open question, large; with several open, the participant picks which one they answer. */
export function QuestionChoice({ open, chosen, onChoose }: QuestionChoiceProps) {
  const [only] = open
  if (open.length === 1 && only) {
    return (
      <section className="p-section" aria-labelledby="question-title">
        <h2 id="question-title" className="p-eyebrow" lang="nl">
          {only.title || t('phone.contribute.questionHeading')}
        </h2>
        <p className="p-question" lang="nl">
          {only.text}
        </p>
      </section>
    )
  }
  return (
    <fieldset className="p-section p-choice">
      <legend>{t('phone.contribute.chooseQuestion')}</legend>
      {open.map((screen) => (
        <label key={screen.screenId} className="p-choice-option">
          <input
            type="radio"
            name="question"
            value={screen.screenId}
            checked={screen.screenId === chosen?.screenId}
            onChange={() => onChoose(screen.screenId)}
          />
          <span lang="nl">
            <span className="p-eyebrow">{screen.title}</span>
            <span className="p-question">{screen.text}</span>
          </span>
        </label>
      ))}
    </fieldset>
  )
}
