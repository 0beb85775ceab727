import { useState } from 'react'
import type { QuickscanPack } from '../../../../shared/content/quickscan'
import type {
  BoardComparison,
  FactorCell,
  SchoolRow
} from '../../../../shared/domain/board-comparison'
import { sortRows, type SchoolOrder } from '../../../../shared/domain/board-order'
import { unknownThreshold } from '../../../../shared/domain/quickscan-merge'
import { intlLocale, useLocaleStore, useT } from '../../i18n'
import { formatCalendarDate } from '../../format/dates'
import { decimal, heatStep, percent } from './board-format'

interface BoardHeatmapProps {
  comparison: BoardComparison
  pack: QuickscanPack
}

function orderKey(order: SchoolOrder): string {
  return order.by === 'factor' ? `factor-${order.factor}` : order.by
}

function parseOrder(key: string): SchoolOrder {
  if (key.startsWith('factor-')) return { by: 'factor', factor: Number(key.slice(7)) }
  return { by: key as Exclude<SchoolOrder['by'], 'factor'> }
}

function Cell({ row, factor, cell }: { row: SchoolRow; factor: number; cell: FactorCell | null }) {
  const t = useT()
  const intl = intlLocale(useLocaleStore((s) => s.locale))
  if (!cell) return <td className="heat-cell heat-none">{t('board.notCompared')}</td>
  const blind = cell.unknownShare >= unknownThreshold
  const median = cell.median === null ? t('board.onlyUnknown') : decimal(cell.median, intl)
  const verdict = cell.verdict ? t(`board.verdict.${cell.verdict}`) : ''
  const step = cell.median === null ? 0 : heatStep(cell.median)
  return (
    <td
      className={`heat-cell heat-${step}${blind ? ' heat-blind' : ''}`}
      data-school={row.school.name}
      data-factor={factor}
      data-median={cell.median ?? ''}
      data-verdict={cell.verdict ?? ''}
      aria-label={t('board.cellLabel', {
        school: row.school.name,
        factor,
        median,
        verdict,
        percent: percent(cell.unknownShare, intl)
      })}
    >
      <span className="heat-median">{median}</span>
      <span className="heat-verdict">{verdict}</span>
      <span className="heat-unknown">
        {t('board.unknownShare', { percent: percent(cell.unknownShare, intl) })}
      </span>
    </td>
  )
}

/** Schools × success factors; a click on a factor's heading sorts by it. */
export function BoardHeatmap({ comparison, pack }: BoardHeatmapProps) {
  const t = useT()
  const intl = intlLocale(useLocaleStore((s) => s.locale))
  const [order, setOrder] = useState<SchoolOrder>({ by: 'name' })
  const [descending, setDescending] = useState(false)
  const rows = sortRows(comparison.rows, order, descending)
  const title = (n: number) => pack.factors.find((f) => f.number === n)?.title ?? ''
  const sortOn = (next: SchoolOrder) => {
    if (orderKey(next) === orderKey(order)) setDescending(!descending)
    else setOrder(next)
  }
  return (
    <section className="board-heatmap" aria-labelledby="board-heatmap-title">
      <h2 id="board-heatmap-title">{t('board.heatmap')}</h2>
      <p className="hint">{t('board.heatmapHint')}</p>
      <div className="board-sort">
        <label>
          {t('board.sortBy')}{' '}
          <select value={orderKey(order)} onChange={(e) => setOrder(parseOrder(e.target.value))}>
            {(['name', 'sector', 'respondents', 'unknown'] as const).map((by) => (
              <option key={by} value={by}>
                {t(`board.sort.${by}`)}
              </option>
            ))}
            {comparison.factors.map((n) => (
              <option key={n} value={`factor-${n}`}>
                {t('board.sort.factor', { number: n, title: title(n) })}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-choice">
          <input type="checkbox" checked={descending} onChange={() => setDescending(!descending)} />
          <span>{t('board.descending')}</span>
        </label>
      </div>
      <div className="board-table-wrap">
        <table className="heatmap">
          <thead>
            <tr>
              <th scope="col">{t('board.school')}</th>
              {comparison.factors.map((n) => (
                <th
                  key={n}
                  scope="col"
                  aria-sort={
                    order.by === 'factor' && order.factor === n
                      ? descending
                        ? 'descending'
                        : 'ascending'
                      : undefined
                  }
                >
                  <button type="button" onClick={() => sortOn({ by: 'factor', factor: n })}>
                    <span className="heat-factor-number">{n}</span>
                    <span className="heat-factor-title">{title(n)}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-school-row={row.school.name}>
                <th scope="row">
                  <span className="heat-school">{row.school.name}</span>
                  <span className="heat-school-note">
                    {row.school.sector} · {t('board.respondents', { count: row.respondents })} ·{' '}
                    {formatCalendarDate(row.date, intl)}
                  </span>
                </th>
                {row.tooFew ? (
                  <td className="heat-too-few" colSpan={comparison.factors.length}>
                    {t('board.tooFew')}
                  </td>
                ) : (
                  comparison.factors.map((n) => (
                    <Cell key={n} row={row} factor={n} cell={row.cells[n] ?? null} />
                  ))
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
