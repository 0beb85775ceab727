import { useT, type MessageKey } from '../../i18n'

export type SessionArea = 'session' | 'quickscan' | 'votes' | 'plan'

const areas: { area: SessionArea; label: MessageKey }[] = [
  { area: 'session', label: 'area.session' },
  { area: 'quickscan', label: 'area.quickscan' },
  { area: 'votes', label: 'area.votes' },
  { area: 'plan', label: 'area.plan' }
]

/** The parts of a session: the steps, the quickscan, choosing together, the action plan. */
export function AreaTabs({
  current,
  onGo
}: {
  current: SessionArea
  onGo(area: SessionArea): void
}) {
  const t = useT()
  return (
    <nav className="area-tabs" aria-label={t('area.label')}>
      {areas.map(({ area, label }) => (
        <button
          key={area}
          type="button"
          className={area === current ? 'current' : undefined}
          aria-current={area === current ? 'page' : undefined}
          onClick={() => onGo(area)}
        >
          {t(label)}
        </button>
      ))}
    </nav>
  )
}

/** Area screens live next to the flow's screen ids in the address: `#/sessies/<id>/actieplan`. */
export const areaScreenIds: Record<Exclude<SessionArea, 'session'>, string> = {
  quickscan: 'quickscan',
  votes: 'samen-kiezen',
  plan: 'actieplan'
}

export function areaOf(screenId: string | undefined): SessionArea {
  if (screenId === areaScreenIds.plan) return 'plan'
  if (screenId === areaScreenIds.quickscan) return 'quickscan'
  if (screenId === areaScreenIds.votes) return 'votes'
  return 'session'
}
