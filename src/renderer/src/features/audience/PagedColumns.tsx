import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import { useFitStep } from './use-fit-step'

/** Text sizes to try, largest first; the last is the projected minimum (docs/audience-view.md). */
export const cardTextSteps = ['var(--audience-card-large)', 'var(--audience-card-medium)', 'var(--audience-body-min)']

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
export function PagedColumns({ contentKey, page, onPages, className, children }: PagedColumnsProps) {
  const viewportRef = useRef<HTMLDivElement>(null)
  const columnsRef = useRef<HTMLDivElement>(null)
  const [stride, setStride] = useState(0)
  // Reported once per change: the report travels to the facilitator's window and back.
  const reported = useRef('')
  const step = useFitStep(viewportRef, cardTextSteps.length, (viewport) => pagesOf(viewport).pages <= 1, contentKey)

  useLayoutEffect(() => {
    const viewport = viewportRef.current
    if (!viewport) return
    const measured = pagesOf(viewport)
    setStride(measured.stride)
    const report = `${contentKey}:${measured.pages}`
    if (reported.current === report) return
    reported.current = report
    onPages(measured.pages)
  })

  const style = {
    fontSize: cardTextSteps[step],
    transform: `translateX(${-page * stride}px)`
  } as CSSProperties
  return (
    <div ref={viewportRef} className={`paged-viewport ${className ?? ''}`}>
      <div ref={columnsRef} className="paged-columns" style={style}>
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
  const stride = viewport.clientWidth + gap
  const pages = Math.max(1, Math.ceil((columns.scrollWidth + gap - 1) / stride))
  return { pages, stride }
}
