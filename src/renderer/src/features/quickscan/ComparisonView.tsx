import { useMemo } from 'react'
import type { QuickscanPack } from '../../../../shared/content/quickscan'
import type { PreviousQuickscan, Quickscan } from '../../../../shared/domain/quickscan'
import {
  compareQuickscans,
  notableChanges,
  type SummaryChange
} from '../../../../shared/domain/quickscan-comparison'
import { formatCalendarDate } from '../../format/dates'
import { intlLocale, useLocaleStore, useT } from '../../i18n'
import { GradeChangeText, MedianChangeText } from './ChangeText'
import { DistributionBar } from './DistributionBar'

interface ComparisonViewProps {
  pack: QuickscanPack
  quickscan: Quickscan
  previous: PreviousQuickscan | null
  onlyChanged: boolean
  /** Absent on the projector: it follows the facilitator's choice. */
  onOnlyChanged?(value: boolean): void
  onOpenItem?(questionId: string): void
}

/** Two bars, then above now, with the verdicts and the movement in words. */
function ThenNow({ change }: { change: SummaryChange }) {
  const t = useT()
  const verdict = (v: string | null) =>
    v === 'eens' || v === 'verdeeld' || v === 'geen-zicht' ? t(`qs.verdict.${v}`) : '–'
  return (
    <div className="then-now">
      <span className="then-now-label">{t('cmp.then')}</span>
      {change.then ? (
        <DistributionBar counts={change.then.counts} />
      ) : (
        <span className="distribution-empty">{t('cmp.notAsked')}</span>
      )}
      <span className="then-now-label">{t('cmp.now')}</span>
      <DistributionBar counts={change.now.counts} />
      <p className="item-facts">
        {change.then && (
          <>
            {t('cmp.verdictThenNow', {
              then: verdict(change.verdictThen),
              now: verdict(change.verdictNow)
            })}
            {' · '}
          </>
        )}
        <MedianChangeText delta={change.medianDelta} movement={change.movement} />
      </p>
    </div>
  )
}

/** The quickscan over time: per cluster, factor and item, this scan beside the earlier one. */
export function ComparisonView({
  pack,
  quickscan,
  previous,
  onlyChanged,
  onOnlyChanged,
  onOpenItem
}: ComparisonViewProps) {
  const t = useT()
  const locale = useLocaleStore((state) => state.locale)
  const result = useMemo(
    () =>
      previous
        ? compareQuickscans(
            pack,
            { packVersion: quickscan.packVersion, respondents: quickscan.respondents },
            {
              packVersion: previous.quickscan.packVersion,
              respondents: previous.quickscan.respondents
            }
          )
        : null,
    [pack, quickscan, previous]
  )
  if (!previous || !result) return <p className="comparison-note">{t('cmp.none')}</p>
  if (!result.ok) {
    return (
      <p className="comparison-note" role="note">
        {t('cmp.unavailable', {
          title: previous.sessionTitle,
          previous: result.unavailable.previousVersion,
          current: result.unavailable.currentVersion
        })}
      </p>
    )
  }
  const c = result.comparison
  const questionText = new Map(pack.questions.map((q) => [q.id, q.text]))
  const items = onlyChanged ? notableChanges(c) : c.items
  return (
    <section className="comparison-view" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t('cmp.title')}</h2>
      <p>
        {t('cmp.intro', {
          title: previous.sessionTitle,
          date: formatCalendarDate(previous.sessionDate, intlLocale(locale)),
          then: c.respondentsThen,
          now: c.respondentsNow
        })}
      </p>
      {c.removedQuestionIds.length > 0 && (
        <p className="comparison-note">
          {t('cmp.removed', { count: c.removedQuestionIds.length })}
        </p>
      )}
      <h3>{t('cmp.clusters')}</h3>
      <ul className="cluster-summary">
        {c.clusters.map((cluster) => (
          <li key={cluster.clusterId} data-cluster-id={cluster.clusterId}>
            <strong lang="nl">
              {pack.clusters.find((p) => p.id === cluster.clusterId)?.title}
            </strong>{' '}
            <GradeChangeText
              then={cluster.grade.then.spread?.median ?? null}
              now={cluster.grade.now.spread?.median ?? null}
            />
          </li>
        ))}
      </ul>
      <h3>{t('cmp.factors')}</h3>
      <ol className="comparison-factors">
        {c.factors.map((factor) => {
          const info = pack.factors.find((f) => f.number === factor.factor)
          return (
            <li key={factor.factor} data-factor={factor.factor}>
              <p className="item-open" lang="nl">
                {factor.factor}. {info?.title}
              </p>
              <ThenNow change={factor} />
            </li>
          )
        })}
      </ol>
      <h3>{t('cmp.items')}</h3>
      {onOnlyChanged && (
        <label className="inline-check">
          <input
            type="checkbox"
            checked={onlyChanged}
            onChange={(e) => onOnlyChanged(e.target.checked)}
          />{' '}
          {t('cmp.onlyChanged')}
        </label>
      )}
      {items.length === 0 ? (
        <p className="empty">{t('cmp.noneChanged')}</p>
      ) : (
        <ol className="item-results comparison-items">
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
              <ThenNow change={item} />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
