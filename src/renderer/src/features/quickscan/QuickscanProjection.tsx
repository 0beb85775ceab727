import '../quickscan/quickscan.css'
import type { QuickscanPack } from '../../../../shared/content/quickscan'
import { useQuickscanStore } from '../../stores/quickscan-store'
import { ComparisonView } from './ComparisonView'
import { ItemDetail } from './ItemDetail'
import type { QuickscanDisplay } from './quickscan-display-store'
import { RevealView } from './RevealView'

/**
 * The quickscan on the beamer: only once revealed, and only the result or one item with its
 * discussion; what each person answered is never on it.
 */
export function QuickscanProjection({
  pack,
  display
}: {
  pack: QuickscanPack
  display: QuickscanDisplay
}) {
  const quickscan = useQuickscanStore((s) => s.quickscan)
  const previous = useQuickscanStore((s) => s.previous)
  if (!quickscan?.revealed) return null
  if (display.shown === 'item' && display.questionId) {
    return (
      <ItemDetail
        pack={pack}
        quickscan={quickscan}
        previous={previous}
        questionId={display.questionId}
      />
    )
  }
  if (display.shown === 'comparison') {
    return (
      <article className="screen quickscan-view">
        <h1>{pack.title}</h1>
        <ComparisonView
          pack={pack}
          quickscan={quickscan}
          previous={previous}
          onlyChanged={display.filters.onlyChanged}
        />
      </article>
    )
  }
  return (
    <article className="screen quickscan-view">
      <h1>{pack.title}</h1>
      <RevealView pack={pack} quickscan={quickscan} previous={previous} filters={display.filters} />
    </article>
  )
}
