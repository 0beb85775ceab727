import { useMemo } from 'react'
import type { QuickscanPack } from '../../../../shared/content/quickscan'
import {
  mergeQuickscan,
  sortItems,
  type ItemOrder
} from '../../../../shared/domain/quickscan-merge'
import type { PreviousQuickscan, Quickscan } from '../../../../shared/domain/quickscan'
import { useT } from '../../i18n'
import { MedianChangeText } from './ChangeText'
import { DistributionBar } from './DistributionBar'
import { QuickscanGlance } from './QuickscanGlance'
import { useComparison } from './use-comparison'
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
  onCompare?(): void
}

/** The merged result for the projector: distributions per item, sorted and filtered. */
export function RevealView({
  pack,
  quickscan,
  previous,
  filters,
  onFilters,
  onOpenItem,
  onCompare
}: RevealViewProps) {
  const t = useT()
  const { order, cluster, factor } = filters
  const setOrder = (value: ItemOrder) => onFilters?.({ ...filters, order: value })
  const setCluster = (value: string) => onFilters?.({ ...filters, cluster: value })
  const setFactor = (value: string) => onFilters?.({ ...filters, factor: value })
  const merge = useMemo(
    () => mergeQuickscan(pack, quickscan.respondents),
    [pack, quickscan.respondents]
  )
  const comparison = useComparison(pack, quickscan, previous)
  const itemChange = new Map(comparison?.items.map((c) => [c.questionId, c]))
  const clusterChange = new Map(comparison?.clusters.map((c) => [c.clusterId, c]))
  const questionText = new Map(pack.questions.map((q) => [q.id, q.text]))
  const items = sortItems(merge.items, order).filter(
    (i) => (!cluster || i.clusterId === cluster) && (!factor || String(i.factor) === factor)
  )

  return (
    <section className="reveal-view" aria-labelledby="reveal-heading">
      <h2 id="reveal-heading">{t('qs.resultsTitle', { count: merge.respondents })}</h2>
      {merge.caution && <p className="caution-note">{t('qs.fewRespondents')}</p>}
      {previous && (
        <p>
          {t('cmp.comparedWith', { title: previous.sessionTitle })}{' '}
          {onCompare && (
            <button type="button" onClick={onCompare}>
              {t('cmp.open')}
            </button>
          )}
        </p>
      )}
      <ul className="cluster-summary">
        {merge.clusters.map((c, index) => {
          const changed = clusterChange.get(c.id)
          return (
            <li key={c.id}>
              <strong lang="nl">{pack.clusters[index]?.title}</strong> <MedianText summary={c} />{' '}
              <VerdictBadge summary={c} />{' '}
              {changed && (
                <MedianChangeText delta={changed.medianDelta} movement={changed.movement} />
              )}
            </li>
          )
        })}
      </ul>
      <QuickscanGlance pack={pack} merge={merge} onOpenItem={onOpenItem} />
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
                <option key={c.id} value={c.id} lang="nl">
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
                <option key={f.number} value={f.number} lang="nl">
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
                lang="nl"
                onClick={() => onOpenItem(item.questionId)}
              >
                {questionText.get(item.questionId)}
              </button>
            ) : (
              <p className="item-open" lang="nl">
                {questionText.get(item.questionId)}
              </p>
            )}
            <DistributionBar counts={item.counts} />
            <span className="item-facts">
              <MedianText summary={item} /> <VerdictBadge summary={item} />{' '}
              <MedianChangeText
                delta={itemChange.get(item.questionId)?.medianDelta ?? null}
                movement={itemChange.get(item.questionId)?.movement ?? null}
              />
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
