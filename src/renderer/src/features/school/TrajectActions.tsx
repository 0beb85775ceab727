import type { TrajectAction } from '../../../../shared/domain/traject'
import { formatCalendarDate } from '../../format/dates'
import { intlLocale, useLocaleStore, useT } from '../../i18n'

/** Every action of the school's meetings: who, when due, what became of it, overdue ones. */
export function TrajectActions({ actions }: { actions: TrajectAction[] }) {
  const t = useT()
  const locale = useLocaleStore((s) => s.locale)
  const date = (iso: string) => formatCalendarDate(iso, intlLocale(locale))
  if (actions.length === 0) return <p className="empty">{t('traject.noActions')}</p>
  return (
    <table className="traject-actions">
      <thead>
        <tr>
          <th scope="col">{t('traject.action')}</th>
          <th scope="col">{t('traject.madeAt')}</th>
          <th scope="col">{t('traject.owner')}</th>
          <th scope="col">{t('traject.deadline')}</th>
          <th scope="col">{t('traject.status')}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((item) => {
          const last = item.history.at(-1)
          return (
            <tr
              key={item.action.id}
              data-fate={item.fate}
              className={item.overdue ? 'overdue' : ''}
            >
              <th scope="row">{item.action.what}</th>
              <td>
                {date(item.sessionDate)}
                <span className="meta"> · {item.teamName}</span>
              </td>
              <td>{item.owner}</td>
              <td>
                {item.action.deadline ? date(item.action.deadline) : ''}
                {item.overdue && <span className="overdue-flag">{t('cycle.overdue')}</span>}
              </td>
              <td>
                <span className={`fate fate-${item.fate}`}>{t(`traject.fate.${item.fate}`)}</span>
                {last && (
                  <span className="meta">
                    {' '}
                    {t('traject.decidedAt', { date: date(last.sessionDate) })}
                    {last.note && ` – ${last.note}`}
                  </span>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
