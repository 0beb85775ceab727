import { useEffect } from 'react'
import { useT } from '../../i18n'
import { useSchoolsStore } from '../../stores/schools-store'

interface TeamSelectProps {
  teamId: string | null
  onChange(teamId: string | null): void
}

/** Moves a session to another team of any school (grouped by school), or to none. */
export function TeamSelect({ teamId, onChange }: TeamSelectProps) {
  const t = useT()
  const schools = useSchoolsStore((s) => s.schools)
  const loaded = useSchoolsStore((s) => s.loaded)
  useEffect(() => {
    if (!loaded)
      useSchoolsStore
        .getState()
        .load()
        .catch(() => undefined)
  }, [loaded])
  return (
    <label>
      {t('details.teamLabel')}
      <select
        value={teamId ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{t('details.noTeam')}</option>
        {schools.map((school) => (
          <optgroup key={school.id} label={school.name}>
            {school.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {`${school.name} – ${team.name}`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  )
}
