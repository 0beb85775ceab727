import { useEffect, useRef, useState } from 'react'
import type { Session, SessionDetails } from '../../../../shared/domain/session'
import { flushOnLeave } from '../../api/pending-edits'
import { useT } from '../../i18n'
import { TeamSelect } from '../school/TeamSelect'

interface SessionDetailsFormProps {
  session: Session
  /** Applies the change on screen and queues it for the store. */
  onSave(patch: Partial<SessionDetails>): void
}

const fields = ['title', 'date', 'facilitator'] as const
type Field = (typeof fields)[number]

const pauseMs = 400

/**
 * Each field stores itself when typing pauses, when it loses focus and when the page goes
 * away, so nothing typed waits for a save button or is lost by a reload.
 */
export function SessionDetailsForm({ session, onSave }: SessionDetailsFormProps) {
  const t = useT()
  // Only fields being edited live here; everything else shows what is stored.
  const [draft, setDraft] = useState<Partial<Pick<SessionDetails, Field>>>({})
  const latest = useRef({ draft, session, onSave })
  const timers = useRef(new Map<Field, ReturnType<typeof setTimeout>>())
  useEffect(() => {
    latest.current = { draft, session, onSave }
  })

  function commit(name: Field) {
    const timer = timers.current.get(name)
    if (timer) clearTimeout(timer)
    timers.current.delete(name)
    const { draft: edited, session: stored, onSave: save } = latest.current
    const value = edited[name]?.trim()
    if (value === undefined) return
    // A title and a date are required: an emptied one waits until something is typed.
    if (value === '' && (name === 'title' || name === 'date')) return
    if (value !== stored[name]) save({ [name]: value })
    latest.current.draft = withoutField(latest.current.draft, name)
    setDraft((current) => (current[name] === edited[name] ? withoutField(current, name) : current))
  }

  useEffect(() => {
    const pending = timers.current
    const flushAll = () => [...pending.keys()].forEach(commit)
    const unregister = flushOnLeave(flushAll)
    return () => {
      unregister()
      flushAll()
    }
    // commit reads everything through `latest`: one registration for the form's lifetime.
  }, [])

  function change(name: Field, value: string) {
    setDraft((current) => ({ ...current, [name]: value }))
    latest.current.draft = { ...latest.current.draft, [name]: value }
    const timer = timers.current.get(name)
    if (timer) clearTimeout(timer)
    timers.current.set(
      name,
      setTimeout(() => commit(name), pauseMs)
    )
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
            onChange={(event) => change(name, event.target.value)}
            onBlur={() => commit(name)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commit(name)
            }}
          />
        </label>
      ))}
      <TeamSelect teamId={session.teamId} onChange={(teamId) => onSave({ teamId })} />
    </section>
  )
}

function withoutField(
  draft: Partial<Pick<SessionDetails, Field>>,
  name: Field
): Partial<Pick<SessionDetails, Field>> {
  return Object.fromEntries(Object.entries(draft).filter(([key]) => key !== name))
}
