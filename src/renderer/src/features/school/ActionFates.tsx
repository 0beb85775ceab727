import { useEffect, useState } from 'react'
import type { ReviewEntry } from '../../../../shared/domain/action-plan'
import { api } from '../../api'
import { formatCalendarDate } from '../../format/dates'
import { intlLocale, useLocaleStore, useT } from '../../i18n'
import { useActionsStore } from '../../stores/actions-store'
import './school.css'

/**
 * What the team's later meetings decided about this session's actions (klaar, loopt door,
 * vervallen and why), so an earlier meeting's plan shows how it went on.
 */
export function ActionFates({ sessionId }: { sessionId: string }) {
  const t = useT()
  const locale = useLocaleStore((s) => s.locale)
  const actions = useActionsStore((s) => (s.sessionId === sessionId ? s.actions : null))
  const [fates, setFates] = useState<Record<string, ReviewEntry[]>>({})

  useEffect(() => {
    let current = true
    api['action.fates']({ sessionId })
      .then((result) => {
        if (current) setFates(result)
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [sessionId])

  const decided = (actions ?? []).filter((action) => fates[action.id]?.length)
  if (decided.length === 0) return null
  const outcome = (entry: ReviewEntry) =>
    `${t(`traject.fate.${entry.outcome}`)}${entry.note ? ` – ${entry.note}` : ''}`
  return (
    <section className="card action-fates" aria-labelledby="fates-heading">
      <h2 id="fates-heading">{t('fates.title')}</h2>
      <ul>
        {decided.map((action) => (
          <li key={action.id}>
            <strong>{action.what}</strong>:{' '}
            {(fates[action.id] ?? [])
              .map((entry) =>
                t('fates.entry', {
                  date: formatCalendarDate(entry.sessionDate, intlLocale(locale)),
                  outcome: outcome(entry)
                })
              )
              .join('; ')}
          </li>
        ))}
      </ul>
    </section>
  )
}
