import type { KwaliteitskaartPack } from '../../../../shared/content/kwaliteitskaart'
import type { Session } from '../../../../shared/domain/session'
import type { FlowScreen } from '../../../../shared/domain/session-flow'
import type { Workspace } from '../../../../shared/domain/workspace'
import type { MessageKey } from '../../i18n/messages'
import { sentenceCase } from '../../format/text'

/**
 * What the room reads on one screen, as text only: the audience view draws this and never a
 * control, so nothing the facilitator types or chooses with can end up on the beamer.
 */
export interface AudienceSlide {
  eyebrow: string
  title: string
  /** 'nl' when the title is the Kwaliteitskaart's own text (Dutch inside an English screen). */
  titleLang?: 'nl'
  /** Short lines under the title: the step's introduction, the choices the team made. */
  points: SlidePoint[]
  /** The screen whose approved, visible cards are shown, if the screen has cards. */
  cardsScreenId: string | null
}

/** One line under the title: seed text marked Dutch, with the team's choice in the UI language. */
export interface SlidePoint {
  text: string
  lang?: 'nl'
  /** Words of the app itself after the text (a form's status), in the screen's language. */
  note?: string
}

const seed = (text: string): SlidePoint => ({ text, lang: 'nl' })

export type SlideAnswers = Pick<
  Workspace,
  'focus' | 'conversationForms' | 'agendaElements' | 'selfAssessments' | 'supportChoices'
>

/** The i18n layer's translate function (typed here without importing its DOM-bound module). */
type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

interface SlideInput {
  screen: FlowScreen
  pack: KwaliteitskaartPack
  answers: SlideAnswers
  session: Pick<Session, 'title' | 'school' | 'team'> | null
  t: Translate
}

function question(input: SlideInput, step: 1 | 3): AudienceSlide {
  const { screen, pack, t } = input
  const questions = step === 1 ? pack.steps[0].questions : pack.steps[2].questions
  const index = questions.findIndex((q) => q.id === screen.itemId)
  const rating = input.answers.selfAssessments.find((e) => e.questionId === screen.id)?.rating
  return {
    eyebrow: t('flow.questionOf', { step, number: index + 1, total: questions.length }),
    title: questions[index]?.text ?? '',
    titleLang: 'nl',
    points:
      step === 3 && rating
        ? [
            {
              text: t('audience.rating', {
                rating,
                label: t(`assessment.rating.${rating as 1 | 2 | 3 | 4 | 5}`)
              })
            }
          ]
        : [],
    cardsScreenId: screen.id
  }
}

export function audienceSlide(input: SlideInput): AudienceSlide {
  const { screen, pack, answers, session, t } = input
  const slide = (
    eyebrow: string,
    title: string,
    points: SlidePoint[] = [],
    titleLang?: 'nl'
  ): AudienceSlide => ({
    eyebrow,
    title,
    ...(titleLang ? { titleLang } : {}),
    points,
    cardsScreenId: screen.cards ? screen.id : null
  })
  const [, stap2, stap3] = pack.steps
  switch (screen.kind) {
    case 'start':
      return slide(
        t('flow.start'),
        session?.title ?? '',
        [[session?.school, session?.team].filter(Boolean).join(' · ')]
          .filter(Boolean)
          .map((text) => ({ text }))
      )
    case 'focus': {
      const items = pack.practiceQuestions.items
      const chosen = items.filter((item) => answers.focus.includes(item.id))
      return slide(
        t('flow.focus'),
        pack.practiceQuestions.heading,
        (chosen.length > 0 ? chosen : items).map((item) => seed(item.text)),
        'nl'
      )
    }
    case 'step-intro': {
      const step = pack.steps[screen.step - 1]
      return slide(
        t('flow.step', { number: screen.step }),
        step?.title ?? '',
        (step?.intro ?? []).map(seed),
        'nl'
      )
    }
    case 'stap1-question':
      return question(input, 1)
    case 'stap3-question':
      return question(input, 3)
    case 'stap2-forms':
      return slide(
        t('flow.step', { number: 2 }),
        stap2.conversationForms.intro,
        stap2.conversationForms.items.flatMap((item) => {
          const status = answers.conversationForms.find((e) => e.formId === item.id)?.status
          return status ? [{ ...seed(item.text), note: t(`forms.status.${status}`) }] : []
        }),
        'nl'
      )
    case 'stap2-agenda':
      return slide(
        t('flow.step', { number: 2 }),
        stap2.conversationAgenda.intro,
        stap2.conversationAgenda.items
          .filter((item) =>
            answers.agendaElements.some((e) => e.elementId === item.id && e.included)
          )
          .map((item) => seed(item.text)),
        'nl'
      )
    case 'stap3-support':
      return slide(
        t('flow.step', { number: 3 }),
        t('support.title'),
        stap3.support
          .filter((item) => answers.supportChoices.some((c) => c.supportId === item.id && c.chosen))
          .map((item) => seed(sentenceCase(item.text)))
      )
    case 'wrap-up':
      return slide(t('flow.wrapUp'), t('wrapUp.title'))
  }
}
