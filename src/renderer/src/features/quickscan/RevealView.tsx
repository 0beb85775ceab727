import { useMemo } from 'react'
import type { QuickscanPack } from '../../../../shared/content/quickscan'
import {
  medianChange,
  mergeQuickscan,
  sortItems,
  type ItemOrder
} from '../../../../shared/domain/quickscan-merge'
import type { PreviousQuickscan, Quickscan } from '../../../../shared/domain/quickscan'
import { useT, type Translate } from '../../i18n'
import { DistributionBar } from './DistributionBar'
import type { RevealFilters } from './quickscan-display-store'
import { MedianText, VerdictBadge } from './VerdictBadge'

interface RevealViewProps {
  pack: QuickscanPack
  quickscan: Quickscan
  previous: PreviousQuickscan | null
  filters: RevealFilters
  /** Absent on the projector: it shows the facilitator's choice without the controls. */
  onFilters?(filters: RevealFilters): void
  onOpenItem?(questionId: string): void
}

/** "↓ 0,5 lager": the change of a median since last time, in words and the reader's numbers. */
export function describeChange(t: Translate, delta: number | null): string {
  if (delta === null || delta === 0) return ''
  return delta > 0 ? t('qs.changeUp', { delta }) : t('qs.changeDown', { delta: -delta })
}

/** The merged result for the projector: distributions per item, sorted and filtered. */
export function RevealView({
  pack,
  quickscan,
  previous,
  filters,
  onFilters,
  onOpenItem
}: RevealViewProps) {
  const t = useT()
  const change = (delta: number | null) => describeChange(t, delta)
  const { order, cluster, factor } = filters
  const setOrder = (value: ItemOrder) => onFilters?.({ ...filters, order: value })
  const setCluster = (value: string) => onFilters?.({ ...filters, cluster: value })
  const setFactor = (value: string) => onFilters?.({ ...filters, factor: value })
  const merge = useMemo(
    () => mergeQuickscan(pack, quickscan.respondents),
    [pack, quickscan.respondents]
  )
  const before = useMemo(
    () => (previous ? mergeQuickscan(pack, previous.quickscan.respondents) : null),
    [pack, previous]
  )
  const questionText = new Map(pack.questions.map((q) => [q.id, q.text]))
  const items = sortItems(merge.items, order).filter(
    (i) => (!cluster || i.clusterId === cluster) && (!factor || String(i.factor) === factor)
  )

  return (
    <section className="reveal-view" aria-labelledby="reveal-heading">
      <h2 id="reveal-heading">{t('qs.resultsTitle', { count: merge.respondents })}</h2>
      {merge.caution && <p className="caution-note">{t('qs.fewRespondents')}</p>}
      {previous && <p>{t('qs.comparedWith', { title: previous.sessionTitle })}</p>}
      <ul className="cluster-summary">
        {merge.clusters.map((c, index) => (
          <li key={c.id}>
            <strong>{pack.clusters[index]?.title}</strong> <MedianText summary={c} />{' '}
            <VerdictBadge summary={c} /> {before && change(medianChange(c, before.clusters[index]))}
          </li>
        ))}
      </ul>
      {onFilters && (
        <div className="reveal-filters">
          <label>
            {t('qs.sort')}
            <select value={order} onChange={(e) => setOrder(e.target.value as ItemOrder)}>
              <option value="pack">{t('qs.sort.pack')}</option>
              <option value="most-divided">{t('qs.sort.divided')}</option>
              <option value="most-unknown">{t('qs.sort.unknown')}</option>
            </select>
          </label>
          <label>
            {t('qs.cluster')}
            <select value={cluster} onChange={(e) => setCluster(e.target.value)}>
              <option value="">{t('qs.all')}</option>
              {pack.clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('qs.factor')}
            <select value={factor} onChange={(e) => setFactor(e.target.value)}>
              <option value="">{t('qs.all')}</option>
              {pack.factors.map((f) => (
                <option key={f.number} value={f.number}>
                  {f.number}. {f.title}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <ol className="item-results">
        {items.map((item) => (
          <li key={item.questionId} data-question-id={item.questionId}>
            {onOpenItem ? (
              <button
                type="button"
                className="link item-open"
                onClick={() => onOpenItem(item.questionId)}
              >
                {questionText.get(item.questionId)}
              </button>
            ) : (
              <p className="item-open">{questionText.get(item.questionId)}</p>
            )}
            <DistributionBar counts={item.counts} />
            <span className="item-facts">
              <MedianText summary={item} /> <VerdictBadge summary={item} />{' '}
              {before &&
                change(
                  medianChange(
                    item,
                    before.items.find((b) => b.questionId === item.questionId)
                  )
                )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
