import { useState, type FormEvent } from 'react'
import type { ApiInput } from '../../../../shared/api/contract'
import { todayIsoDate } from '../../format/dates'
import { useT } from '../../i18n'

type NewSession = Required<Pick<ApiInput<'session.create'>, 'title' | 'date' | 'facilitator'>> & {
  school: string
  team: string
}

interface NewSessionFormProps {
  onCreate(details: ApiInput<'session.create'>): Promise<boolean>
}

export function NewSessionForm({ onCreate }: NewSessionFormProps) {
  const t = useT()
  const blank = (): NewSession => ({
    title: '',
    school: '',
    team: '',
    date: todayIsoDate(),
    facilitator: ''
  })
  const [details, setDetails] = useState<NewSession>(blank)
  const field = (name: keyof NewSession) => ({
    value: details[name],
    onChange: (event: { target: { value: string } }) =>
      setDetails((current) => ({ ...current, [name]: event.target.value }))
  })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const title = details.title.trim() || t('session.defaultTitle')
    if (await onCreate({ ...details, title })) setDetails(blank())
  }

  return (
    <form className="card form-grid" onSubmit={submit} aria-labelledby="new-session-heading">
      <h2 id="new-session-heading">{t('start.new')}</h2>
      <label>
        {t('session.title')}
        <input {...field('title')} placeholder={t('session.titlePlaceholder')} maxLength={200} />
      </label>
      <label>
        {t('session.school')}
        <input {...field('school')} maxLength={200} />
      </label>
      <label>
        {t('session.team')}
        <input {...field('team')} maxLength={200} />
      </label>
      <label>
        {t('session.date')}
        <input type="date" required {...field('date')} />
      </label>
      <label>
        {t('session.facilitator')}
        <input {...field('facilitator')} maxLength={120} />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('session.create')}
        </button>
      </div>
    </form>
  )
}
