import type { Traject } from '../../../../shared/domain/traject'
import { formatCalendarDate } from '../../format/dates'
import { intlLocale, useLocaleStore, useT } from '../../i18n'

/**
 * The school's quickscans in time: date, team and how many answered. The comparison of two
 * scans item by item lives with the quickscan itself; this is the list to find them.
 */
export function TrajectQuickscans({
  traject,
  onOpen
}: {
  traject: Traject
  onOpen(sessionId: string): void
}) {
  const t = useT()
  const locale = useLocaleStore((s) => s.locale)
  if (traject.quickscans.length === 0) return <p className="empty">{t('traject.noQuickscans')}</p>
  return (
    <ol className="traject-quickscans">
      {traject.quickscans.map((scan) => (
        <li key={scan.sessionId}>
          <button type="button" className="link" onClick={() => onOpen(scan.sessionId)}>
            {formatCalendarDate(scan.date, intlLocale(locale))}
          </button>{' '}
          <span className="meta">
            {[
              scan.teamName,
              scan.sessionTitle,
              t('traject.respondents', { count: scan.respondentCount })
            ].join(' · ')}
          </span>
        </li>
      ))}
    </ol>
  )
}
