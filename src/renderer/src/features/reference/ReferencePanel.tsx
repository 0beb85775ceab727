import { useEffect, useId, useRef } from 'react'
import type { ContentBundle } from '../../../../shared/content/content-bundle'
import { useLocaleStore, useT } from '../../i18n'
import { MoreInfoSection, moreInfoAnchor } from './MoreInfoSection'
import { ReferenceBlock } from './ReferenceBlock'
import { anchorId, sourceLine } from './reference-labels'
import { SuccessFactorsSection, aspectsAnchor, successFactorsAnchor } from './SuccessFactorsSection'
import './reference.css'

export interface ReferencePanelProps {
  content: ContentBundle
  onClose(): void
}

interface ContentsEntry {
  target: string
  label: string
}

function contentsEntries(content: ContentBundle): ContentsEntry[] {
  const sections = content.reference.sections.map((section) => ({
    target: anchorId(section.id),
    // The schema guarantees a top-level section has one of the two.
    label: section.title ?? section.appLabel ?? section.id
  }))
  return [
    ...sections,
    { target: successFactorsAnchor, label: content.successFactors.intro.heading },
    { target: aspectsAnchor, label: content.successFactors.improvementProcess.heading },
    { target: moreInfoAnchor, label: content.kwaliteitskaart.moreInfo.heading }
  ]
}

/**
 * In-page links would rewrite the location hash, which the app uses for its routes, so the table
 * of contents moves focus instead (and with it the keyboard user) to the heading.
 */
function jumpTo(target: string): void {
  const heading = document.getElementById(target)
  heading?.focus({ preventScroll: true })
  heading?.scrollIntoView({ block: 'start' })
}

/** The facilitator's reference material beside the session; non-modal, so Escape works inside it. */
export function ReferencePanel({ content, onClose }: ReferencePanelProps) {
  const t = useT()
  const titleId = useId()
  const titleRef = useRef<HTMLHeadingElement>(null)
  const locale = useLocaleStore((state) => state.locale)
  useEffect(() => titleRef.current?.focus(), [])

  return (
    <aside
      className="reference-panel"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        onClose()
      }}
    >
      <div className="reference-panel-header">
        <h2 id={titleId} ref={titleRef} tabIndex={-1}>
          {t('reference.title')}
        </h2>
        <button type="button" onClick={onClose} aria-label={t('reference.closeLabel')}>
          {t('reference.close')}
        </button>
      </div>
      <nav className="reference-contents" aria-label={t('reference.contents')}>
        <ul>
          {contentsEntries(content).map((entry) => (
            <li key={entry.target}>
              <button type="button" className="link" onClick={() => jumpTo(entry.target)}>
                {entry.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {content.reference.sections.map((section) => (
        <ReferenceBlock
          key={section.id}
          block={section}
          depth={0}
          headingId={anchorId(section.id)}
          meta={
            <p className="reference-source" lang={locale}>
              {sourceLine(t, t(`reference.sourceName.${section.source}`), section.location)}
            </p>
          }
        />
      ))}
      <SuccessFactorsSection pack={content.successFactors} />
      <MoreInfoSection moreInfo={content.kwaliteitskaart.moreInfo} />
    </aside>
  )
}
