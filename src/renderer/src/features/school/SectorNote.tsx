import type { SchoolSector } from '../../../../shared/domain/school'
import { useT } from '../../i18n'

/**
 * The quickscan's wording is the VO version ("mentoren", "decaan"). For a school of another
 * sector, say so once, plainly, where it matters; nothing when the sector is VO or unknown.
 */
export function SectorNote({ sector }: { sector: SchoolSector | null }) {
  const t = useT()
  if (sector === null || sector === 'VO') return null
  return (
    <p className="sector-note" role="note">
      {t('school.sectorNote', { sector: t(`school.sector.${sector}`) })}
    </p>
  )
}
