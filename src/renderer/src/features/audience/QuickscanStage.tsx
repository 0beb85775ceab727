import '../quickscan/quickscan.css'
import { useState } from 'react'
import type { QuickscanPack } from '../../../../shared/content/quickscan'
import { useQuickscanStore } from '../../stores/quickscan-store'
import { ComparisonView } from '../quickscan/ComparisonView'
import { ItemDetail } from '../quickscan/ItemDetail'
import type { QuickscanDisplay } from '../quickscan/quickscan-display-store'
import { RevealView } from '../quickscan/RevealView'
import { PageIndicator } from './PageIndicator'
import { PagedColumns } from './PagedColumns'

interface QuickscanStageProps {
  pack: QuickscanPack
  display: QuickscanDisplay
  page: number
  onPages(pages: number): void
}

/**
 * The quickscan for the room: only once revealed, and only the merged result or one item,
 * never anyone's answers. A long result flows into columns and pages like the cards.
 */
export function QuickscanStage({ pack, display, page, onPages }: QuickscanStageProps) {
  const quickscan = useQuickscanStore((s) => s.quickscan)
  const previous = useQuickscanStore((s) => s.previous)
  const [pages, setPages] = useState(1)
  if (!quickscan?.revealed) return null
  const item = display.shown === 'item' ? display.questionId : null
  const shown = Math.min(page, pages - 1)
  return (
    <>
      <header className="audience-head" id="audience-question">
        <h1 className="audience-title audience-title--small" lang="nl">
          {pack.title}
        </h1>
      </header>
      <PagedColumns
        className="audience-quickscan"
        contentKey={`${item ?? display.shown ?? 'results'}|${JSON.stringify(display.filters)}|${quickscan.respondents.length}`}
        page={shown}
        onPages={(count) => {
          setPages(count)
          onPages(count)
        }}
      >
        {item ? (
          <ItemDetail pack={pack} quickscan={quickscan} previous={previous} questionId={item} />
        ) : display.shown === 'comparison' ? (
          <ComparisonView
            pack={pack}
            quickscan={quickscan}
            previous={previous}
            onlyChanged={display.filters.onlyChanged}
          />
        ) : (
          <RevealView
            pack={pack}
            quickscan={quickscan}
            previous={previous}
            filters={display.filters}
          />
        )}
      </PagedColumns>
      <PageIndicator page={shown} pages={pages} />
    </>
  )
}
