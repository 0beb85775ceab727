import type { QuickscanPack } from '../../../../shared/content/quickscan'
import type { BoardComparison } from '../../../../shared/domain/board-comparison'
import { intlLocale, useLocaleStore, useT } from '../../i18n'
import { formatCalendarDate } from '../../format/dates'
import { decimal } from './board-format'

interface Props {
  comparison: BoardComparison
  pack: QuickscanPack
}

const factorName = (pack: QuickscanPack, n: number) =>
  `${n}. ${pack.factors.find((f) => f.number === n)?.title ?? ''}`

/** How far the schools lie apart per factor: lowest, middle and highest school median. */
export function BoardSpread({ comparison, pack }: Props) {
  const t = useT()
  const intl = intlLocale(useLocaleStore((s) => s.locale))
  const figure = (value: number | undefined) => (value === undefined ? '–' : decimal(value, intl))
  return (
    <section aria-labelledby="board-spread-title">
      <h2 id="board-spread-title">{t('board.spread')}</h2>
      <table className="board-table">
        <thead>
          <tr>
            <th scope="col">{t('board.spreadFactor')}</th>
            <th scope="col">{t('board.spreadSchools')}</th>
            <th scope="col">{t('board.spreadLowest')}</th>
            <th scope="col">{t('board.spreadMedian')}</th>
            <th scope="col">{t('board.spreadHighest')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.spreads.map((s) => (
            <tr key={s.factor}>
              <th scope="row">{factorName(pack, s.factor)}</th>
              <td>{s.schools}</td>
              <td>{figure(s.spread?.min)}</td>
              <td>{figure(s.spread?.median)}</td>
              <td>{figure(s.spread?.max)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

const signed = (change: number | null, intl: string) =>
  change === null
    ? '–'
    : change === 0
      ? '0'
      : `${change > 0 ? '+' : '−'}${decimal(Math.abs(change), intl)}`

/** Per school the change of each factor's median since its previous export. */
export function BoardChanges({ comparison }: Props) {
  const t = useT()
  const intl = intlLocale(useLocaleStore((s) => s.locale))
  const rows = comparison.rows.filter((r) => r.previous !== null)
  return (
    <section aria-labelledby="board-change-title">
      <h2 id="board-change-title">{t('board.change')}</h2>
      {rows.length === 0 ? (
        <p>{t('board.changeNone')}</p>
      ) : (
        <table className="board-table">
          <thead>
            <tr>
              <th scope="col">{t('board.school')}</th>
              <th scope="col">{t('board.changePrevious')}</th>
              {comparison.factors.map((n) => (
                <th key={n} scope="col">
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  {row.school.name}
                  {row.previous?.samePack === false && (
                    <span className="hint"> ({t('board.changeOtherVersion')})</span>
                  )}
                </th>
                <td>{row.previous ? formatCalendarDate(row.previous.date, intl) : ''}</td>
                {row.previous?.factors.map((f) => (
                  <td key={f.factor} data-change-factor={f.factor}>
                    {signed(f.change, intl)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** "Blind spots everywhere" and "common priorities". */
export function BoardLists({ comparison, pack }: Props) {
  const t = useT()
  const cluster = (id: string) => pack.clusters.find((c) => c.id === id)?.title ?? id
  return (
    <div className="board-lists">
      <section aria-labelledby="board-blind-title">
        <h2 id="board-blind-title">{t('board.blindSpots')}</h2>
        {comparison.blindSpots.length === 0 ? (
          <p>{t('board.blindSpotsNone')}</p>
        ) : (
          <ul className="board-blind-spots">
            {comparison.blindSpots.map((b) => (
              <li key={b.factor}>
                {t('board.blindSpot', {
                  factor: factorName(pack, b.factor),
                  count: b.schools,
                  of: b.of
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="board-priorities-title">
        <h2 id="board-priorities-title">{t('board.priorities')}</h2>
        {comparison.commonPriorities.length === 0 ? (
          <p>{t('board.prioritiesNone')}</p>
        ) : (
          comparison.commonPriorities.map((p) => (
            <div key={p.clusterId}>
              <h3>
                {t('board.priority', { cluster: cluster(p.clusterId), count: p.schools.length })}
              </h3>
              <ul>
                {p.schools.map((s) => (
                  <li key={s.name}>
                    <strong>{s.name}:</strong> {s.priority}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
    </div>
  )
}
