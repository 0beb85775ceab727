import type { z } from 'zod'
import type { OwnContribution, openScreenSchema } from '../../../shared/participant/protocol'
import { t } from './i18n'
import type { PendingContribution } from './use-send-contribution'

interface OwnContributionsProps {
  /** This device's cards as the server last reported them. */
  mine: OwnContribution[]
  /** Cards the server confirmed since that report. */
  sent: OwnContribution[]
  pending: PendingContribution[]
  open: z.infer<typeof openScreenSchema>[]
}

type Status = OwnContribution['status'] | 'versturen'

interface Row {
  key: string
  screenId: string
  text: string
  status: Status
}

/** Only this device's own cards, newest first, with what became of each. */
export function OwnContributions({ mine, sent, pending, open }: OwnContributionsProps) {
  const rows = ownRows(mine, sent, pending)
  const titleOf = (screenId: string) => open.find((screen) => screen.screenId === screenId)?.title
  const showTitles = open.length > 1
  return (
    <section className="p-section" aria-labelledby="own-heading">
      <h2 id="own-heading">{t('phone.own.heading')}</h2>
      {rows.length === 0 ? (
        <p className="p-hint">{t('phone.own.none')}</p>
      ) : (
        <ul className="p-own" aria-labelledby="own-heading">
          {rows.map((row) => {
            const title = showTitles ? titleOf(row.screenId) : undefined
            return (
              <li key={row.key} className={`p-own-item p-status-${row.status}`}>
                {title && (
                  <span className="p-eyebrow">{t('phone.own.forQuestion', { title })}</span>
                )}
                <span className="p-own-text">{row.text}</span>
                <span className="p-own-status">
                  <span className="p-visually-hidden">{t('phone.own.statusLabel')}: </span>
                  {t(`phone.own.status.${row.status}`)}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

function ownRows(
  mine: OwnContribution[],
  sent: OwnContribution[],
  pending: PendingContribution[]
): Row[] {
  const known = new Set(mine.map((card) => card.id))
  const cards = [...mine, ...sent.filter((card) => !known.has(card.id))].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt)
  )
  const waiting = [...pending].reverse().map((item): Row => ({
    key: `pending-${item.key}`,
    screenId: item.screenId,
    text: item.text,
    status: 'versturen'
  }))
  return [
    ...waiting,
    ...cards.map((card): Row => ({
      key: card.id,
      screenId: card.screenId,
      text: card.text,
      status: card.status
    }))
  ]
}
