import { useMemo } from 'react'
import type { QuickscanPack } from '../../../../shared/content/quickscan'
import { mergeQuickscan } from '../../../../shared/domain/quickscan-merge'
import type { Quickscan } from '../../../../shared/domain/quickscan'
import { AutosaveText } from '../../components/AutosaveText'
import { useT } from '../../i18n'
import { useActionsStore } from '../../stores/actions-store'
import { useQuickscanStore } from '../../stores/quickscan-store'

interface PrioritiesViewProps {
  pack: QuickscanPack
  quickscan: Quickscan
  onBack(): void
}

/** The scan's last page for the team: per cluster the grade, the priority, draagvlak, a first step. */
export function PrioritiesView({ pack, quickscan, onBack }: PrioritiesViewProps) {
  const t = useT()
  const setPriority = useQuickscanStore((s) => s.setPriority)
  const actions = useActionsStore((s) => s.actions)
  const addAction = useActionsStore((s) => s.add)
  const merge = useMemo(
    () => mergeQuickscan(pack, quickscan.respondents),
    [pack, quickscan.respondents]
  )
  const { prompts } = pack.priorities

  return (
    <section className="priorities-view" aria-labelledby="priorities-heading">
      <button type="button" className="link" onClick={onBack}>
        ← {t('qs.backToOverview')}
      </button>
      <h2 id="priorities-heading" lang="nl">
        {pack.priorities.title}
      </h2>
      {pack.clusters.map((cluster) => {
        const entry = quickscan.priorities.find((p) => p.clusterId === cluster.id) ?? {
          clusterId: cluster.id,
          priority: '',
          support: '',
          firstStep: ''
        }
        const grade = merge.clusters.find((c) => c.id === cluster.id)?.grade
        const madeAction = actions.some(
          (a) => a.origin === 'prioriteit' && a.originRef === cluster.id
        )
        return (
          <section key={cluster.id} className="card form-grid" aria-label={cluster.title}>
            <h3 lang="nl">{cluster.title}</h3>
            <p className="wide">
              {grade?.spread
                ? t('qs.gradeSummary', {
                    median: grade.spread.median,
                    min: grade.spread.min,
                    max: grade.spread.max,
                    count: grade.count
                  })
                : t('qs.noGrades')}
            </p>
            <AutosaveText
              className="wide"
              multiline
              rows={2}
              label={prompts.priority}
              value={entry.priority}
              onSave={(priority) => setPriority({ ...entry, priority })}
            />
            <AutosaveText
              className="wide"
              multiline
              rows={2}
              label={prompts.support}
              value={entry.support}
              onSave={(support) => setPriority({ ...entry, support })}
            />
            <AutosaveText
              className="wide"
              multiline
              rows={2}
              label={prompts.firstStep}
              value={entry.firstStep}
              onSave={(firstStep) => setPriority({ ...entry, firstStep })}
            />
            <div className="wide">
              <button
                type="button"
                disabled={entry.priority.trim() === '' || madeAction}
                onClick={() =>
                  addAction(entry.priority.trim(), 'prioriteit', cluster.id, {
                    why: t('qs.actionWhy', { cluster: cluster.title }),
                    firstStep: entry.firstStep,
                    support: entry.support
                  })
                }
              >
                {madeAction ? t('qs.actionMade') : t('qs.makeAction')}
              </button>
            </div>
          </section>
        )
      })}
    </section>
  )
}
