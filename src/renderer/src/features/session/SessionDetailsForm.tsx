import { useState } from 'react'
import type { Session, SessionDetails } from '../../../../shared/domain/session'
import { useT } from '../../i18n'
import { TeamSelect } from '../school/TeamSelect'

interface SessionDetailsFormProps {
  session: Session
  onSave(patch: Partial<SessionDetails>): Promise<boolean>
}

const fields = ['title', 'date', 'facilitator'] as const
type TextField = (typeof fields)[number]

/** Each field is stored when it loses focus, so nothing typed waits for a save button. */
export function SessionDetailsForm({ session, onSave }: SessionDetailsFormProps) {
  const t = useT()
  // Only fields being edited live here; everything else shows what is stored.
  const [draft, setDraft] = useState<Partial<Pick<SessionDetails, TextField>>>({})
  const [saved, setSaved] = useState(false)
  const forget = (name: TextField) => setDraft(({ [name]: _edited, ...rest }) => rest)

  async function commit(name: TextField) {
    const value = draft[name]?.trim()
    if (value === undefined) return
    if (value === session[name] || (value === '' && (name === 'title' || name === 'date'))) {
      return forget(name)
    }
    const stored = await onSave({ [name]: value })
    setSaved(stored)
    if (stored) forget(name)
  }

  return (
    <section className="card form-grid" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('session.details')}</h2>
      {fields.map((name) => (
        <label key={name}>
          {t(`session.${name}`)}
          <input
            type={name === 'date' ? 'date' : 'text'}
            value={draft[name] ?? session[name]}
            required={name === 'title' || name === 'date'}
            maxLength={name === 'facilitator' ? 120 : 200}
            onChange={(event) => {
              setSaved(false)
              setDraft((current) => ({ ...current, [name]: event.target.value }))
            }}
            onBlur={() => void commit(name)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void commit(name)
            }}
          />
        </label>
      ))}
      <TeamSelect
        teamId={session.teamId}
        onChange={(teamId) => void onSave({ teamId }).then(setSaved)}
      />
      <p className="saved-indicator" role="status">
        {saved ? t('session.saved') : ''}
      </p>
    </section>
  )
}
