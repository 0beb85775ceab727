import '../school/school.css'
import { useEffect, useState, type FormEvent } from 'react'
import {
  reviewDecisions,
  type ActionReviewItem,
  type ReviewDecision
} from '../../../../shared/domain/action-plan'
import { api } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { formatCalendarDate } from '../../format/dates'
import { intlLocale, useLocaleStore, useT } from '../../i18n'
import { useActionsStore } from '../../stores/actions-store'

/**
 * The open actions of the team's earlier meetings: klaar, loopt door, or vervallen (with a
 * reason)? Undecided and "loopt door" ones come back at the team's next meeting.
 */
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
  // The action whose reason for vervallen is being typed.
  const [dropping, setDropping] = useState<string | null>(null)
  const [reason, setReason] = useState('')

  useEffect(() => {
    api['review.list']({ sessionId })
      .then((list) => {
        setItems(list)
        onLoaded?.(list)
      })
      .catch((caught: Error) => setError(caught.message))
  }, [sessionId, onLoaded])

  async function choose(item: ActionReviewItem, outcome: ReviewDecision | null, note = '') {
    try {
      const updated = await api['review.set']({
        sessionId,
        actionId: item.action.id,
        outcome,
        note
      })
      setItems((list) => list?.map((i) => (i.action.id === item.action.id ? updated : i)) ?? null)
      // Only this action's reason closes: one pressed meanwhile on another action stays open.
      setDropping((current) => (current === item.action.id ? null : current))
      await useActionsStore.getState().load(sessionId)
    } catch (caught) {
      setError((caught as Error).message)
    }
  }

  function press(item: ActionReviewItem, outcome: ReviewDecision) {
    if (item.outcome === outcome) return void choose(item, null)
    if (outcome === 'vervallen') {
      setReason(item.note)
      setDropping(item.action.id)
      return
    }
    void choose(item, outcome)
  }

  function submitReason(event: FormEvent, item: ActionReviewItem) {
    event.preventDefault()
    if (reason.trim() === '') return setError(t('review.reasonMissing'))
    void choose(item, 'vervallen', reason.trim())
  }

  const date = (iso: string) => formatCalendarDate(iso, intlLocale(locale))
  if (error) return <ErrorMessage message={error} onDismiss={() => setError(null)} />
  if (!items || items.length === 0) return null
  return (
    <section className="card review-panel" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('review.title')}</h2>
      <p>{t('review.introCycle')}</p>
      <ul className="review-list">
        {items.map((item) => (
          <li key={item.action.id} data-outcome={item.outcome ?? 'open'}>
            <span className="review-what">
              {item.action.what}
              <span className="review-origin">
                {t('review.from', {
                  title: item.previousSessionTitle,
                  date: date(item.previousSessionDate)
                })}
                {item.earlier.length > 0 &&
                  ` · ${t('review.continuedSince', { date: date(item.earlier[0]?.sessionDate ?? '') })}`}
                {item.action.deadline &&
                  ` · ${t('review.deadline', { date: date(item.action.deadline) })}`}
              </span>
              {item.overdue && <span className="overdue-flag">{t('cycle.overdue')}</span>}
              {item.outcome === 'vervallen' && item.note && (
                <span className="review-note">{t('review.because', { reason: item.note })}</span>
              )}
            </span>
            <span
              className="review-choices"
              role="group"
              aria-label={t('review.choose', { what: item.action.what })}
            >
              {item.outcome === 'meegenomen' && (
                <span className="review-legacy">{t('review.outcome.meegenomen')}</span>
              )}
              {reviewDecisions.map((outcome) => (
                <button
                  key={outcome}
                  type="button"
                  aria-pressed={item.outcome === outcome}
                  onClick={() => press(item, outcome)}
                >
                  {t(`review.outcome.${outcome}`)}
                </button>
              ))}
            </span>
            {dropping === item.action.id && (
              <form className="review-reason" onSubmit={(event) => submitReason(event, item)}>
                <label>
                  {t('review.reason')}
                  <input
                    autoFocus
                    value={reason}
                    maxLength={2000}
                    onChange={(event) => setReason(event.target.value)}
                    onKeyDown={(event) => {
                      if (event.key === 'Escape') setDropping(null)
                    }}
                  />
                </label>
                <button type="submit">{t('review.reasonSave')}</button>
                <button type="button" onClick={() => setDropping(null)}>
                  {t('common.cancel')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
