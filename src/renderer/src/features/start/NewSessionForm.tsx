import { useState, type FormEvent } from 'react'
import type { ApiInput } from '../../../../shared/api/contract'
import { ErrorMessage } from '../../components/ErrorMessage'
import { todayIsoDate } from '../../format/dates'
import { useT } from '../../i18n'
import { CarryParticipants } from '../school/CarryParticipants'
import { SchoolTeamPicker, type PickerPending } from '../school/SchoolTeamPicker'

type NewSession = Required<
  Pick<ApiInput<'session.create'>, 'title' | 'date' | 'facilitator' | 'carryParticipants'>
> & { teamId: string | null }

interface NewSessionFormProps {
  onCreate(details: ApiInput<'session.create'>): Promise<boolean>
  /** From a school's page: the team is chosen already. */
  teamId?: string
}

export function NewSessionForm({ onCreate, teamId }: NewSessionFormProps) {
  const t = useT()
  const blank = (): NewSession => ({
    title: '',
    teamId: teamId ?? null,
    date: todayIsoDate(),
    facilitator: '',
    carryParticipants: true
  })
  const [details, setDetails] = useState<NewSession>(blank)
  // A hint is something still to do (a name typed but not added), not a failure.
  const [problem, setProblem] = useState<{ message: string; hint: boolean } | null>(null)
  const [pickerPending, setPickerPending] = useState<PickerPending>(null)
  const [creating, setCreating] = useState(false)
  const busy = creating || pickerPending === 'saving'
  const field = (name: 'title' | 'date' | 'facilitator') => ({
    value: details[name],
    onChange: (event: { target: { value: string } }) =>
      setDetails((current) => ({ ...current, [name]: event.target.value }))
  })

  async function submit(event: FormEvent) {
    event.preventDefault()
    // A team still being stored would be left out, and a second click would make two sessions.
    if (busy) return
    if (pickerPending === 'unsavedSchool' || pickerPending === 'unsavedTeam') {
      setProblem({
        message: t(
          pickerPending === 'unsavedSchool' ? 'school.unsavedSchool' : 'school.unsavedTeam'
        ),
        hint: true
      })
      return
    }
    const title = details.title.trim() || t('session.defaultTitle')
    setCreating(true)
    try {
      if (await onCreate({ ...details, title })) setDetails(blank())
    } finally {
      setCreating(false)
    }
  }

  return (
    <form className="card form-grid" onSubmit={submit} aria-labelledby="new-session-heading">
      <h2 id="new-session-heading">{t('start.new')}</h2>
      {problem && (
        <ErrorMessage
          message={problem.message}
          hint={problem.hint}
          onDismiss={() => setProblem(null)}
        />
      )}
      <label>
        {t('session.title')}
        <input {...field('title')} placeholder={t('session.titlePlaceholder')} maxLength={200} />
      </label>
      {teamId === undefined && (
        <SchoolTeamPicker
          teamId={details.teamId}
          onChange={(next) => setDetails((current) => ({ ...current, teamId: next }))}
          onError={(message, hint = false) => setProblem({ message, hint })}
          onPendingChange={setPickerPending}
        />
      )}
      <CarryParticipants
        teamId={details.teamId}
        carry={details.carryParticipants}
        onCarryChange={(carry) =>
          setDetails((current) => ({ ...current, carryParticipants: carry }))
        }
      />
      <label>
        {t('session.date')}
        <input type="date" required {...field('date')} />
      </label>
      <label>
        {t('session.facilitator')}
        <input {...field('facilitator')} maxLength={120} />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {t('session.create')}
        </button>
      </div>
    </form>
  )
}
