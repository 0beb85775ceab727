import type { ReactNode } from 'react'
import type { ReferenceItem, ReferenceSubsection } from '../../../../shared/content/reference'
import { useLocaleStore, useT } from '../../i18n'
import { formatLocation } from './reference-labels'

/** The panel's own title is an h2, so top-level sections start at h3. */
const headingTags = ['h3', 'h4', 'h5', 'h6'] as const

interface ReferenceBlockProps {
  block: ReferenceSubsection
  /** 0 for a top-level section. */
  depth: number
  /** Set on blocks the table of contents jumps to. */
  headingId?: string
  /** Shown under the heading, e.g. the source line of a top-level section. */
  meta?: ReactNode
}

/** Any section or subsection of the reference pack, in the schema's reading order. */
export function ReferenceBlock({ block, depth, headingId, meta }: ReferenceBlockProps) {
  const t = useT()
  const locale = useLocaleStore((state) => state.locale)
  const Heading = headingTags[Math.min(depth, headingTags.length - 1)] ?? 'h6'
  const heading = block.title ?? block.appLabel
  return (
    // The pack's text is Dutch; the app's own words beside it are in the screen's language.
    <div className="reference-block" lang="nl">
      {heading !== undefined && (
        <Heading id={headingId} tabIndex={headingId ? -1 : undefined}>
          {heading}
        </Heading>
      )}
      {meta}
      {depth > 0 && block.location && (
        <p className="reference-meta" lang={locale}>
          {formatLocation(t, block.location)}
        </p>
      )}
      <Paragraphs texts={block.paragraphs} />
      {block.list && <ReferenceList style={block.list.style} items={block.list.items} />}
      <Paragraphs texts={block.closing} />
      {block.notes && (
        <div className="reference-notes">
          <Paragraphs texts={block.notes} />
        </div>
      )}
      {block.subsections?.map((subsection) => (
        <ReferenceBlock key={subsection.id} block={subsection} depth={depth + 1} />
      ))}
    </div>
  )
}

export function Paragraphs({ texts }: { texts: readonly string[] | undefined }) {
  // Static source text in a fixed order, so the position is a stable key.
  return texts?.map((text, index) => <p key={index}>{text}</p>)
}

interface ReferenceListProps {
  style: 'numbered' | 'lettered' | 'bulleted'
  items: readonly ReferenceItem[]
}

function ReferenceList({ style, items }: ReferenceListProps) {
  const children = items.map((item) => <ReferenceListItem key={item.id} item={item} />)
  if (style === 'bulleted') return <ul className="reference-list">{children}</ul>
  return (
    <ol className="reference-list" type={style === 'lettered' ? 'A' : '1'}>
      {children}
    </ol>
  )
}

function ReferenceListItem({ item }: { item: ReferenceItem }) {
  const t = useT()
  return (
    <li>
      {/* An item with explanation under it is a heading line (a tip), so it stands out. */}
      <span className={item.detail ? 'reference-item-title' : undefined}>{item.text}</span>
      {item.factor !== undefined && (
        <>
          {' '}
          <span className="reference-factor">{t('reference.factor', { number: item.factor })}</span>
        </>
      )}
      <Paragraphs texts={item.detail} />
      {item.subitems && (
        <ul>
          {item.subitems.map((subitem) => (
            <li key={subitem.id}>{subitem.text}</li>
          ))}
        </ul>
      )}
    </li>
  )
}
