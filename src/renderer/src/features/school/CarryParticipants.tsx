import { useEffect, useState } from 'react'
import { api } from '../../api'
import { useT } from '../../i18n'

interface CarryParticipantsProps {
  teamId: string | null
  carry: boolean
  onCarryChange(carry: boolean): void
}

/** Who came last time: they come along to the new session unless unticked (editable there). */
export function CarryParticipants({ teamId, carry, onCarryChange }: CarryParticipantsProps) {
  const t = useT()
  // Kept with the team they belong to, so a switch of team never shows the old names.
  const [loaded, setLoaded] = useState<{ teamId: string; names: string[] } | null>(null)

  useEffect(() => {
    let current = true
    if (!teamId) return
    api['team.lastParticipants']({ teamId })
      .then((list) => {
        if (current) setLoaded({ teamId, names: list.map((p) => p.name) })
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [teamId])

  const names = loaded && loaded.teamId === teamId ? loaded.names : []
  if (names.length === 0) return null
  return (
    <label className="checkbox carry-participants">
      <input
        type="checkbox"
        checked={carry}
        onChange={(event) => onCarryChange(event.target.checked)}
      />
      {t('school.carryParticipants', { names: names.join(', ') })}
    </label>
  )
}
