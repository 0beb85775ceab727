import { useCurrentSessionStore } from '../../stores/current-session-store'
import './school.css'
import { SectorNote } from './SectorNote'

/** The VO note for the open session's school (nothing for VO or an unknown sector). */
export function SessionSectorNote() {
  const sector = useCurrentSessionStore((s) => s.session?.sector ?? null)
  return <SectorNote sector={sector} />
}
