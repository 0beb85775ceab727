import { useCallback, useEffect, useState } from 'react'
import { schoolSectors, type SchoolSector } from '../../../../shared/domain/school'
import type { Traject } from '../../../../shared/domain/traject'
import { api } from '../../api'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAsyncAction } from '../../components/use-async-action'
import { formatCalendarDate } from '../../format/dates'
import { intlLocale, useLocaleStore, useT } from '../../i18n'
import { useRouteStore } from '../../stores/route-store'
import { useSchoolsStore } from '../../stores/schools-store'
import { useSessionsStore } from '../../stores/sessions-store'
import { NewSessionForm } from '../start/NewSessionForm'
import { SectorNote } from './SectorNote'
import { TrajectActions } from './TrajectActions'
import { TrajectQuickscans } from './TrajectQuickscans'
import './school.css'

/** A school's improvement cycle: its meetings in time, every action, the quickscans. */
export function SchoolPage({ schoolId }: { schoolId: string }) {
  const t = useT()
  const locale = useLocaleStore((s) => s.locale)
  const navigate = useRouteStore((s) => s.navigate)
  const [traject, setTraject] = useState<Traject | null>(null)
  const [newFor, setNewFor] = useState<string | null>(null)
  const { error, setError, run } = useAsyncAction()
  const date = (iso: string) => formatCalendarDate(iso, intlLocale(locale))

  const load = useCallback(
    () => run(async () => setTraject(await api['school.traject']({ schoolId }))),
    [run, schoolId]
  )
  useEffect(() => {
    void load()
  }, [load])
  useEffect(() => {
    if (traject) document.title = `${traject.school.name} – ${t('app.name')}`
  }, [traject, t])

  const openSession = (sessionId: string) => navigate({ name: 'session', sessionId })

  async function setSector(sector: SchoolSector | null) {
    await run(async () => {
      await api['school.update']({ id: schoolId, patch: { sector } })
      await useSchoolsStore.getState().load()
      await load()
    })
  }

  if (!traject) {
    return (
      <main className="page school-page">
        {error ? <ErrorMessage message={error} onDismiss={() => setError(null)} /> : null}
        {!error && <p>{t('common.loading')}</p>}
        <button type="button" onClick={() => navigate({ name: 'start' })}>
          {t('traject.back')}
        </button>
      </main>
    )
  }
  const { school } = traject
  return (
    <main className="page school-page">
      <p>
        <button type="button" className="link" onClick={() => navigate({ name: 'start' })}>
          {t('traject.back')}
        </button>
      </p>
      <h1>{school.name}</h1>
      <div className="school-facts">
        <label>
          {t('school.sector')}
          <select
            value={school.sector ?? ''}
            onChange={(event) =>
              void setSector(
                event.target.value === '' ? null : (event.target.value as SchoolSector)
              )
            }
          >
            <option value="">{t('school.sectorUnknown')}</option>
            {schoolSectors.map((value) => (
              <option key={value} value={value}>
                {t(`school.sector.${value}`)}
              </option>
            ))}
          </select>
        </label>
        {school.board && (
          <span className="meta">
            {t('school.board')}: {school.board}
          </span>
        )}
      </div>
      <SectorNote sector={school.sector} />
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}

      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading">{t('traject.teams')}</h2>
        <ul className="traject-teams">
          {traject.teams.map((team) => (
            <li key={team.id}>
              <strong>{team.name}</strong>{' '}
              <span className="meta">
                {t('school.sessionCount', { count: team.sessionCount })}
                {team.lastSessionDate &&
                  ` · ${t('traject.lastMet', { date: date(team.lastSessionDate) })}`}
              </span>{' '}
              <button
                type="button"
                aria-expanded={newFor === team.id}
                onClick={() => setNewFor(newFor === team.id ? null : team.id)}
              >
                {t('traject.newSession', { team: team.name })}
              </button>
              {newFor === team.id && (
                <NewSessionForm
                  teamId={team.id}
                  onCreate={(details) =>
                    run(async () => {
                      const session = await useSessionsStore.getState().create(details)
                      openSession(session.id)
                    })
                  }
                />
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('traject.sessions')}</h2>
        {traject.sessions.length === 0 ? (
          <p className="empty">{t('traject.noSessions')}</p>
        ) : (
          <ol className="traject-sessions">
            {traject.sessions.map((session) => (
              <li key={session.id}>
                <span className="traject-date">{date(session.date)}</span>{' '}
                <button type="button" className="link" onClick={() => openSession(session.id)}>
                  {session.title}
                </button>{' '}
                <span className="meta">
                  {[
                    session.teamName,
                    t('start.participants', { count: session.participantCount }),
                    t('traject.actionCount', { count: session.actionCount }),
                    session.reviewedCount > 0
                      ? t('traject.reviewedCount', { count: session.reviewedCount })
                      : ''
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t('traject.actions')}</h2>
        <TrajectActions actions={traject.actions} />
      </section>

      <section aria-labelledby="quickscans-heading">
        <h2 id="quickscans-heading">{t('traject.quickscans')}</h2>
        <TrajectQuickscans traject={traject} onOpen={openSession} />
      </section>
    </main>
  )
}
