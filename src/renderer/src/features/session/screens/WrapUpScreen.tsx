import { useShallow } from 'zustand/react/shallow'
import type { KwaliteitskaartPack } from '../../../../../shared/content/kwaliteitskaart'
import type { FlowScreen } from '../../../../../shared/domain/session-flow'
import { useT } from '../../../i18n'
import { useCardsStore } from '../../../stores/cards-store'
import { useWorkspaceStore } from '../../../stores/workspace-store'
import { sentenceCase } from '../../../format/text'
import { CardBoard } from '../../cards/CardBoard'

interface WrapUpProps {
  pack: KwaliteitskaartPack
  flow: FlowScreen[]
  editable: boolean
}

/** What the meeting produced, gathered for the action plan: marked cards and chosen support. */
export function WrapUpScreen({ pack, flow, editable }: WrapUpProps) {
  const t = useT()
  const cards = useCardsStore((state) => state.cards)
  const { focus, supportChoices } = useWorkspaceStore(
    useShallow((state) => ({ focus: state.focus, supportChoices: state.supportChoices }))
  )
  const stepOf = new Map(flow.map((screen) => [screen.id, screen.step]))
  // As the report counts: held cards (not approved yet) and hidden ones are not the team's result.
  const shown = cards.filter((card) => !card.held && !card.hidden)
  const countFor = (step: number) =>
    shown.filter((card) => stepOf.get(card.screenId) === step).length
  // A step without card screens has nothing to count; "0 bijdragen" would read as a gap.
  const countedSteps = [0, 1, 2, 3].filter((step) =>
    flow.some((screen) => screen.step === step && screen.cards)
  )
  const marked = shown.filter((card) => card.carryToPlan)
  const support = pack.steps[2].support.filter((item) =>
    supportChoices.some((choice) => choice.supportId === item.id && choice.chosen)
  )
  const focusTexts = pack.practiceQuestions.items.filter((item) => focus.includes(item.id))

  return (
    <article className="screen wrap-up-screen">
      <p className="eyebrow">{t('flow.wrapUp')}</p>
      <h1 className="projected-title">{t('wrapUp.title')}</h1>
      <dl className="summary-counts">
        {countedSteps.map((step) => (
          <div key={step}>
            <dt>{step === 0 ? t('flow.focus') : t('flow.step', { number: step })}</dt>
            <dd>{t('wrapUp.cardCount', { count: countFor(step) })}</dd>
          </div>
        ))}
      </dl>
      {focusTexts.length > 0 && (
        <section>
          <h2>{t('wrapUp.focus')}</h2>
          <ul lang="nl">
            {focusTexts.map((item) => (
              <li key={item.id}>{sentenceCase(item.text)}</li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>{t('wrapUp.marked', { count: marked.length })}</h2>
        {marked.length === 0 ? (
          <p className="empty">{t('wrapUp.noneMarked')}</p>
        ) : (
          <ul className="marked-cards">
            {marked.map((card) => (
              <li key={card.id}>{card.text}</li>
            ))}
          </ul>
        )}
      </section>
      {support.length > 0 && (
        <section>
          <h2>{t('wrapUp.support')}</h2>
          <ul lang="nl">
            {support.map((item) => (
              <li key={item.id}>{sentenceCase(item.text)}</li>
            ))}
          </ul>
        </section>
      )}
      <h2>{t('wrapUp.agreements')}</h2>
      <CardBoard screenId="afronding" editable={editable} />
    </article>
  )
}
