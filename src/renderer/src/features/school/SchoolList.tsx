import { useT } from '../../i18n'
import { useSchoolsStore } from '../../stores/schools-store'

/** The start screen's schools: each opens its page, with its teams and how often they met. */
export function SchoolList({ onOpen }: { onOpen(schoolId: string): void }) {
  const t = useT()
  const schools = useSchoolsStore((s) => s.schools)
  if (schools.length === 0) return null
  return (
    <section className="card school-list" aria-labelledby="schools-heading">
      <h2 id="schools-heading">{t('school.listTitle')}</h2>
      <ul>
        {schools.map((school) => (
          <li key={school.id}>
            <button type="button" className="link" onClick={() => onOpen(school.id)}>
              {school.name}
            </button>
            <span className="meta">
              {[
                school.sector ? t(`school.sector.${school.sector}`) : '',
                school.teams.map((team) => team.name).join(', '),
                t('school.sessionCount', { count: school.sessionCount })
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
