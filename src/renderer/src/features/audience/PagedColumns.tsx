import { useLayoutEffect, useRef, type ReactNode } from 'react'
import { useFitFontSize } from './use-fit-step'

/** Text sizes to try, largest first; the last is the projected minimum (docs/audience-view.md). */
export const cardTextSteps = [
  'var(--audience-card-large)',
  'var(--audience-card-medium)',
  'var(--audience-body-min)'
]

interface PagedColumnsProps {
  /** Changes when what is shown changes: the fitting starts over. */
  contentKey: string
  page: number
  onPages(pages: number): void
  className?: string
  children: ReactNode
}

/**
 * Content flows into as many columns as fit the width, each block sized to its text. What does
 * not fit at the smallest readable size continues in columns to the right, one viewport wide
 * per page; the page shown is moved into view, so nothing is ever cut off, only on a later page.
 */
export function PagedColumns({
  contentKey,
  page,
  onPages,
  className,
  children
}: PagedColumnsProps) {
  const viewportRef = useRef<HTMLDivElement>(null)
  const columnsRef = useRef<HTMLDivElement>(null)
  // Reported once per change: the report travels to the facilitator's window and back.
  const reported = useRef('')
  useFitFontSize(
    viewportRef,
    () => columnsRef.current,
    cardTextSteps,
    (viewport) => pagesOf(viewport).pages <= 1
  )

  // Measured after every render (no dependency list): the cards or the window may have changed.
  useLayoutEffect(() => {
    const viewport = viewportRef.current
    if (!viewport) return
    const measured = pagesOf(viewport)
    columnsRef.current?.style.setProperty(
      'transform',
      `translateX(${-Math.min(page, measured.pages - 1) * measured.stride}px)`
    )
    const report = `${contentKey}:${measured.pages}`
    if (reported.current === report) return
    reported.current = report
    onPages(measured.pages)
  })

  return (
    <div ref={viewportRef} className={`paged-viewport ${className ?? ''}`}>
      <div ref={columnsRef} className="paged-columns">
        {children}
      </div>
    </div>
  )
}

/** Pages are one viewport width plus one column gap apart: where the next column starts. */
function pagesOf(viewport: HTMLElement): { pages: number; stride: number } {
  const columns = viewport.firstElementChild as HTMLElement | null
  if (!columns) return { pages: 1, stride: 0 }
  const gap = parseFloat(getComputedStyle(columns).columnGap) || 0
  // Fractional width: a rounded one drifts by up to a pixel per page and clips a column edge.
  const stride = viewport.getBoundingClientRect().width + gap
  const pages = Math.max(1, Math.ceil((columns.scrollWidth + gap - 1) / stride))
  return { pages, stride }
}
