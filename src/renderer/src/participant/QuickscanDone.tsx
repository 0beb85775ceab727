import { useEffect, useRef } from 'react'
import { t } from './i18n'

/** Handed in. The participant may still look back at (and change) their own answers. */
export function QuickscanDone({ onLeave, onReview }: { onLeave(): void; onReview(): void }) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <section className="p-section" aria-labelledby="quickscan-done">
      <h2 id="quickscan-done" ref={headingRef} tabIndex={-1}>
        {t('phone.quickscan.doneHeading')}
      </h2>
      <p>{t('phone.quickscan.doneText')}</p>
      <div className="p-nav">
        <button type="button" className="p-primary" onClick={onLeave}>
          {t('phone.quickscan.backToContribute')}
        </button>
        <button type="button" onClick={onReview}>
          {t('phone.quickscan.review')}
        </button>
      </div>
    </section>
  )
}
