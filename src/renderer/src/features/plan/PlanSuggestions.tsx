import type { ContentBundle } from '../../../../shared/content/content-bundle'
import { useT } from '../../i18n'
import { useActionsStore } from '../../stores/actions-store'
import { useCardsStore } from '../../stores/cards-store'
import { useWorkspaceStore } from '../../stores/workspace-store'
import { sentenceCase } from '../../format/text'

/** What the session marked for the plan and has not become an action yet. */
export function PlanSuggestions({
  content,
  onAdded
}: {
  content: ContentBundle
  onAdded(id: string): void
}) {
  const t = useT()
  const cards = useCardsStore((s) => s.cards)
  const supportChoices = useWorkspaceStore((s) => s.supportChoices)
  const actions = useActionsStore((s) => s.actions)
  const add = useActionsStore((s) => s.add)
  const used = new Set(actions.map((a) => a.originRef))
  const marked = cards.filter((card) => card.carryToPlan && !used.has(card.id))
  const support = content.kwaliteitskaart.steps[2].support.filter(
    (item) => !used.has(item.id) && supportChoices.some((c) => c.supportId === item.id && c.chosen)
  )
  if (marked.length === 0 && support.length === 0) return null

  return (
    <section className="card plan-suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t('plan.suggestions')}</h2>
      <ul>
        {marked.map((card) => (
          <li key={card.id}>
            <span>{card.text}</span>
            <button
              type="button"
              onClick={() =>
                onAdded(add(card.text, 'bijdrage', card.id, { screenId: card.screenId }).id)
              }
              aria-label={t('plan.makeActionFrom', { text: card.text })}
            >
              {t('plan.makeAction')}
            </button>
          </li>
        ))}
        {support.map((item) => (
          <li key={item.id}>
            <span>{sentenceCase(item.text)}</span>
            <button
              type="button"
              onClick={() =>
                onAdded(
                  add(sentenceCase(item.text), 'ondersteuning', item.id, {
                    screenId: 'stap3-steun'
                  }).id
                )
              }
              aria-label={t('plan.makeActionFrom', { text: item.text })}
            >
              {t('plan.makeAction')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
