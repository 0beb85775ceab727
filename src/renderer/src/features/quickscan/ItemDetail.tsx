import { useMemo } from 'react'
import type { QuickscanPack } from '../../../../shared/content/quickscan'
import { mergeQuickscan } from '../../../../shared/domain/quickscan-merge'
import type { PreviousQuickscan, Quickscan } from '../../../../shared/domain/quickscan'
import { useT } from '../../i18n'
import { CardBoard } from '../cards/CardBoard'
import { MedianChangeText } from './ChangeText'
import { DistributionBar } from './DistributionBar'
import { useComparison } from './use-comparison'
import { MedianText, VerdictBadge } from './VerdictBadge'

interface ItemDetailProps {
  pack: QuickscanPack
  quickscan: Quickscan
  previous: PreviousQuickscan | null
  questionId: string
  /** Absent on the projector: no way back and no card input there. */
  onBack?(): void
}

/** One item on the projector, with the team's discussion of it as cards. */
export function ItemDetail({ pack, quickscan, previous, questionId, onBack }: ItemDetailProps) {
  const t = useT()
  const merge = useMemo(
    () => mergeQuickscan(pack, quickscan.respondents),
    [pack, quickscan.respondents]
  )
  const comparison = useComparison(pack, quickscan, previous)
  const item = merge.items.find((i) => i.questionId === questionId)
  const question = pack.questions.find((q) => q.id === questionId)
  if (!item || !question) return null
  const factor = pack.factors.find((f) => f.number === question.factor)
  const change = comparison?.items.find((c) => c.questionId === questionId)
  return (
    <article className="screen item-detail">
      {onBack && (
        <button type="button" className="link" onClick={onBack}>
          ← {t('qs.backToResults')}
        </button>
      )}
      <p className="eyebrow" lang="nl">
        {factor ? `${factor.number}. ${factor.title}` : ''}
      </p>
      {/* Under the quickscan's own h1 (its title) on both screens: the item is its subheading. */}
      <h2 className="projected-question" lang="nl">
        {question.text}
      </h2>
      <DistributionBar counts={item.counts} />
      <p className="item-facts">
        <MedianText summary={item} /> <VerdictBadge summary={item} />{' '}
        {t('qs.unknownShare', { percent: Math.round(item.unknownShare * 100) })}
        {change?.movement && (
          <>
            {' · '}
            <MedianChangeText delta={change.medianDelta} movement={change.movement} />
          </>
        )}
      </p>
      <CardBoard screenId={questionId} editable={onBack !== undefined} />
    </article>
  )
}
