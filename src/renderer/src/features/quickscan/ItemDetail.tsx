import { useMemo } from 'react'
import type { QuickscanPack } from '../../../../shared/content/quickscan'
import { medianChange, mergeQuickscan } from '../../../../shared/domain/quickscan-merge'
import type { PreviousQuickscan, Quickscan } from '../../../../shared/domain/quickscan'
import { useT } from '../../i18n'
import { CardBoard } from '../cards/CardBoard'
import { DistributionBar } from './DistributionBar'
import { MedianText, VerdictBadge } from './VerdictBadge'
import { describeChange } from './RevealView'

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
  const before = useMemo(
    () => (previous ? mergeQuickscan(pack, previous.quickscan.respondents) : null),
    [pack, previous]
  )
  const item = merge.items.find((i) => i.questionId === questionId)
  const question = pack.questions.find((q) => q.id === questionId)
  if (!item || !question) return null
  const factor = pack.factors.find((f) => f.number === question.factor)
  const delta = medianChange(
    item,
    before?.items.find((b) => b.questionId === questionId)
  )
  return (
    <article className="screen item-detail">
      {onBack && (
        <button type="button" className="link" onClick={onBack}>
          ← {t('qs.backToResults')}
        </button>
      )}
      <p className="eyebrow">{factor ? `${factor.number}. ${factor.title}` : ''}</p>
      <h1 className="projected-question">{question.text}</h1>
      <DistributionBar counts={item.counts} />
      <p className="item-facts">
        <MedianText summary={item} /> <VerdictBadge summary={item} />{' '}
        {t('qs.unknownShare', { percent: Math.round(item.unknownShare * 100) })}
        {delta !== null && delta !== 0 && ` · ${describeChange(t, delta)}`}
      </p>
      <CardBoard screenId={questionId} editable={onBack !== undefined} />
    </article>
  )
}
