import { useState, type FormEvent } from 'react'
import type { Participant } from '../../../../shared/domain/session'
import { useT } from '../../i18n'

interface ParticipantsEditorProps {
  participants: Participant[]
  onAdd(name: string, role: string): Promise<boolean>
  onRemove(id: string): void
}

export function ParticipantsEditor({ participants, onAdd, onRemove }: ParticipantsEditorProps) {
  const t = useT()
  const [name, setName] = useState('')
  const [role, setRole] = useState('')
  const roles = t('participants.roleSuggestions').split(',')

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (name.trim() === '') return
    if (await onAdd(name.trim(), role.trim())) {
      setName('')
      setRole('')
      document.getElementById('participant-name')?.focus()
    }
  }

  return (
    <section className="card" aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t('participants.title')}</h2>
      {participants.length === 0 ? (
        <p className="empty">{t('participants.empty')}</p>
      ) : (
        <ul className="participant-list">
          {participants.map((participant) => (
            <li key={participant.id}>
              <span className="participant-name">{participant.name}</span>
              {participant.role && <span className="participant-role">{participant.role}</span>}
              <button
                type="button"
                className="link danger"
                onClick={() => onRemove(participant.id)}
                aria-label={t('participants.remove', { name: participant.name })}
              >
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="participant-form" onSubmit={submit}>
        <label>
          {t('participants.name')}
          <input
            id="participant-name"
            value={name}
            maxLength={120}
            required
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label>
          {t('participants.role')}
          <input
            value={role}
            list="participant-roles"
            maxLength={80}
            onChange={(event) => setRole(event.target.value)}
          />
        </label>
        <datalist id="participant-roles">
          {roles.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
        <button type="submit" className="primary">
          {t('participants.add')}
        </button>
      </form>
    </section>
  )
}
