import { useEffect, useRef } from 'react'
import { texts } from './texts'

/** Handed in. The participant may still look back at (and change) their own answers. */
export function QuickscanDone({ onLeave, onReview }: { onLeave(): void; onReview(): void }) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <section className="p-section" aria-labelledby="quickscan-done">
      <h2 id="quickscan-done" ref={headingRef} tabIndex={-1}>
        {texts.quickscan.doneHeading}
      </h2>
      <p>{texts.quickscan.doneText}</p>
      <div className="p-nav">
        <button type="button" className="p-primary" onClick={onLeave}>
          {texts.quickscan.backToContribute}
        </button>
        <button type="button" onClick={onReview}>
          {texts.quickscan.review}
        </button>
      </div>
    </section>
  )
}
