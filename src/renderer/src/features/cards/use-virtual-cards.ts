import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react'

/** Below this many cards every card is in the page: nothing to gain, nothing to get wrong. */
export const virtualFrom = 150

/** A first guess for a row of cards before it is measured (text, meta line, buttons). */
const estimatedRowPx = 190
/** Rows rendered beyond the screen, so the next card by keyboard is usually there already. */
const overscanRows = 4

export interface VirtualCards {
  /** Which cards to render: [first, end) into the list, whole rows of the grid. */
  first: number
  end: number
  /** Room for the rows not rendered, so the page keeps its full height and scroll position. */
  style: CSSProperties | undefined
  /**
   * After a render: measures each rendered row through its first card (a grid row is as tall
   * as its tallest card) and tells assistive technology where each card is in the whole list.
   */
  measureRendered(): void
  /** Scrolls the window until the card at `index` is rendered (then it can take focus). */
  reveal(index: number): void
}

/** How many columns the card grid has now (its template says so once laid out). */
function columnsOf(list: HTMLElement | null): number {
  if (!list) return 1
  const template = getComputedStyle(list).gridTemplateColumns
  return Math.max(1, template.split(' ').filter(Boolean).length)
}

/**
 * Renders only the rows of cards near the screen when a question has many cards: 5,000 cards
 * are then a few dozen elements, and opening, adding and scrolling stay fast. The page scrolls
 * as a whole (the window), so rows are placed by padding inside the list.
 */
export function useVirtualCards(
  count: number,
  listRef: RefObject<HTMLElement | null>
): VirtualCards {
  const enabled = count >= virtualFrom
  const [columns, setColumns] = useState(1)
  const [scrollMargin, setScrollMargin] = useState(0)
  const [gap, setGap] = useState(0)

  useLayoutEffect(() => {
    const list = listRef.current
    if (!enabled || !list) return
    const measureLayout = () => {
      setColumns(columnsOf(list))
      setScrollMargin(list.getBoundingClientRect().top + window.scrollY)
      setGap(parseFloat(getComputedStyle(list).rowGap) || 0)
    }
    measureLayout()
    const observer = new ResizeObserver(measureLayout)
    observer.observe(list)
    return () => observer.disconnect()
  }, [enabled, listRef])

  const rows = enabled ? Math.ceil(count / columns) : 0
  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => estimatedRowPx,
    overscan: overscanRows,
    scrollMargin,
    gap,
    enabled
  })

  if (!enabled) {
    return { first: 0, end: count, style: undefined, measureRendered: () => {}, reveal: () => {} }
  }
  const items = virtualizer.getVirtualItems()
  const top = items[0]
  const bottom = items.at(-1)
  const total = virtualizer.getTotalSize()
  const before = top ? top.start - scrollMargin : 0
  const after = bottom ? Math.max(0, total - (bottom.end - scrollMargin)) : total
  const first = (top?.index ?? 0) * columns
  return {
    first,
    end: Math.min(count, ((bottom?.index ?? -1) + 1) * columns),
    style: { paddingTop: before, paddingBottom: after },
    measureRendered() {
      const cards = listRef.current?.children ?? []
      // Attributes only where they changed, and each row measured once (the virtualizer's
      // ResizeObserver follows it from then on): no forced layout on every render.
      const put = (card: Element, name: string, value: string) => {
        if (card.getAttribute(name) !== value) card.setAttribute(name, value)
      }
      for (let k = 0; k < cards.length; k++) {
        const card = cards[k] as HTMLElement
        const index = first + k
        put(card, 'aria-posinset', String(index + 1))
        put(card, 'aria-setsize', String(count))
        if (index % columns !== 0) continue
        const row = String(index / columns)
        if (card.getAttribute('data-index') === row) continue
        card.setAttribute('data-index', row)
        virtualizer.measureElement(card)
      }
    },
    reveal: (index) => virtualizer.scrollToIndex(Math.floor(index / columns), { align: 'auto' })
  }
}
