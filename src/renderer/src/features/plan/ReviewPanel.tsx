import { useEffect, useState } from 'react'
import {
  reviewOutcomes,
  type ActionReviewItem,
  type ReviewOutcome
} from '../../../../shared/domain/action-plan'
import { api } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { formatCalendarDate } from '../../format/dates'
import { intlLocale, useLocaleStore, useT } from '../../i18n'
import { useActionsStore } from '../../stores/actions-store'

/** The open actions of the team's previous session: done, carried over, or dropped? */
export function ReviewPanel({
  sessionId,
  onLoaded
}: {
  sessionId: string
  onLoaded?(items: ActionReviewItem[]): void
}) {
  const t = useT()
  const locale = useLocaleStore((s) => s.locale)
  const [items, setItems] = useState<ActionReviewItem[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    api['review.list']({ sessionId })
      .then((list) => {
        setItems(list)
        onLoaded?.(list)
      })
      .catch((caught: Error) => setError(caught.message))
  }, [sessionId, onLoaded])

  async function choose(item: ActionReviewItem, outcome: ReviewOutcome | null) {
    try {
      const updated = await api['review.set']({ sessionId, actionId: item.action.id, outcome })
      setItems((list) => list?.map((i) => (i.action.id === item.action.id ? updated : i)) ?? null)
      await useActionsStore.getState().load(sessionId)
    } catch (caught) {
      setError((caught as Error).message)
    }
  }

  if (error) return <ErrorMessage message={error} onDismiss={() => setError(null)} />
  if (!items || items.length === 0) return null
  const first = items[0]
  return (
    <section className="card review-panel" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('review.title')}</h2>
      {first && (
        <p>
          {t('review.intro', {
            title: first.previousSessionTitle,
            date: formatCalendarDate(first.previousSessionDate, intlLocale(locale))
          })}
        </p>
      )}
      <ul className="review-list">
        {items.map((item) => (
          <li key={item.action.id}>
            <span className="review-what">{item.action.what}</span>
            <span
              className="review-choices"
              role="group"
              aria-label={t('review.choose', { what: item.action.what })}
            >
              {reviewOutcomes.map((outcome) => (
                <button
                  key={outcome}
                  type="button"
                  aria-pressed={item.outcome === outcome}
                  onClick={() => void choose(item, item.outcome === outcome ? null : outcome)}
                >
                  {t(`review.outcome.${outcome}`)}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
