import type {
  KwaliteitskaartLink,
  KwaliteitskaartPack
} from '../../../../shared/content/kwaliteitskaart'
import { useLocaleStore, useT } from '../../i18n'
import { anchorId, sourceLine } from './reference-labels'

export const moreInfoAnchor = anchorId('more-info')

/** The card's "Meer weten?" reading list; a group entry heads the links nested under it. */
export function MoreInfoSection({ moreInfo }: { moreInfo: KwaliteitskaartPack['moreInfo'] }) {
  const t = useT()
  const locale = useLocaleStore((state) => state.locale)
  return (
    <div className="reference-block" lang="nl">
      <h3 id={moreInfoAnchor} tabIndex={-1}>
        {moreInfo.heading}
      </h3>
      <p className="reference-source" lang={locale}>
        {sourceLine(t, t('reference.sourceName.kwaliteitskaart'))}
      </p>
      <ul className="reference-links">
        {moreInfo.entries.map((entry) =>
          'links' in entry ? (
            <li key={entry.id}>
              {entry.text}
              <ul>
                {entry.links.map((link) => (
                  <li key={link.id}>
                    <ExternalLink link={link} />
                  </li>
                ))}
              </ul>
            </li>
          ) : (
            <li key={entry.id}>
              <ExternalLink link={entry} />
            </li>
          )
        )}
      </ul>
    </div>
  )
}

function ExternalLink({ link }: { link: KwaliteitskaartLink }) {
  const t = useT()
  return (
    <a href={link.url} target="_blank" rel="noreferrer noopener">
      {link.text}
      <span className="reference-hidden"> {t('reference.newWindow')}</span>
    </a>
  )
}
