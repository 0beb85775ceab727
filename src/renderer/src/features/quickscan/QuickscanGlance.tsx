import type { QuickscanPack } from '../../../../shared/content/quickscan'
import { glanceGroups, quickscanGlance } from '../../../../shared/domain/quickscan-glance'
import type { QuickscanMerge } from '../../../../shared/domain/quickscan-merge'
import { useT } from '../../i18n'

interface GlanceProps {
  pack: QuickscanPack
  merge: QuickscanMerge
  /** Absent on the projector. */
  onOpenItem?(questionId: string): void
}

/**
 * The four groups the quickscan asks the team to find, above the bars: where it agrees things
 * go well, where it agrees they could be better, where it is divided and where it has no view.
 */
export function QuickscanGlance({ pack, merge, onOpenItem }: GlanceProps) {
  const t = useT()
  const glance = quickscanGlance(merge)
  const questionText = new Map(pack.questions.map((q) => [q.id, q.text]))
  return (
    <section className="glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading">{t('glance.title')}</h2>
      <div className="glance-groups">
        {glanceGroups.map((group) => (
          <section
            key={group}
            className={`glance-group glance-${group}`}
            aria-labelledby={`glance-${group}`}
            data-glance={group}
          >
            <h3 id={`glance-${group}`}>
              {t(`glance.${group}`)}{' '}
              <span className="glance-count">
                {t('glance.count', { count: glance[group].length })}
              </span>
            </h3>
            <p className="glance-hint">{t(`glance.${group}.hint`)}</p>
            {glance[group].length === 0 ? (
              <p className="empty">{t('glance.empty')}</p>
            ) : (
              <ul>
                {glance[group].map((item) => (
                  <li key={item.questionId}>
                    {onOpenItem ? (
                      <button
                        type="button"
                        className="link"
                        lang="nl"
                        onClick={() => onOpenItem(item.questionId)}
                      >
                        {questionText.get(item.questionId)}
                      </button>
                    ) : (
                      <span lang="nl">{questionText.get(item.questionId)}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  )
}
