import type { SuccessFactorsPack } from '../../../../shared/content/success-factors'
import { useLocaleStore, useT } from '../../i18n'
import { Paragraphs } from './ReferenceBlock'
import { anchorId, sourceLine } from './reference-labels'

export const successFactorsAnchor = anchorId('success-factors')
export const aspectsAnchor = anchorId('improvement-aspects')

/** The ten success factors in their three groups, then the four aspects with their explanation. */
export function SuccessFactorsSection({ pack }: { pack: SuccessFactorsPack }) {
  const t = useT()
  const locale = useLocaleStore((state) => state.locale)
  const source = sourceLine(t, t('reference.sourceName.successFactors'))
  const { improvementProcess: process } = pack
  return (
    <>
      <div className="reference-block" lang="nl">
        <h3 id={successFactorsAnchor} tabIndex={-1}>
          {pack.intro.heading}
        </h3>
        <p className="reference-source" lang={locale}>
          {source}
        </p>
        <Paragraphs texts={pack.intro.paragraphs} />
        {pack.groups.map((group) => (
          <div key={group.id} className="reference-block">
            <h4>{group.heading}</h4>
            <ol className="reference-list">
              {group.factors.map((factor) => (
                // The numbering runs on across groups (4–7, 8–10), as everywhere in the app.
                <li key={factor.number} value={factor.number}>
                  {factor.title}
                </li>
              ))}
            </ol>
          </div>
        ))}
        <p className="reference-meta">{pack.factorsCaption}</p>
      </div>
      <div className="reference-block" lang="nl">
        <h3 id={aspectsAnchor} tabIndex={-1}>
          {process.heading}
        </h3>
        <p className="reference-source" lang={locale}>
          {source}
        </p>
        <Paragraphs texts={process.paragraphs} />
        <table className="reference-table">
          <caption>{process.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{process.columnHeadings.aspect}</th>
              <th scope="col">{process.columnHeadings.explanation}</th>
            </tr>
          </thead>
          <tbody>
            {process.aspects.map((aspect) => (
              <tr key={aspect.id}>
                <th scope="row">{aspect.name}</th>
                <td>{aspect.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
