import { useState, type FormEvent } from 'react'
import type { RespondentMode } from '../../../../shared/domain/quickscan'
import { useT } from '../../i18n'

interface RespondentStartProps {
  mode: Exclude<RespondentMode, 'apparaat'>
  instructions: string[]
  onStart(name: string, role: string): void
  onCancel(): void
}

/** Before answering: an optional name (anonymous is fine) and role, and the scan's instructions. */
export function RespondentStart({ mode, instructions, onStart, onCancel }: RespondentStartProps) {
  const t = useT()
  const [name, setName] = useState('')
  const [role, setRole] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onStart(name.trim(), role.trim())
  }
  return (
    <form className="card respondent-start" onSubmit={submit} aria-labelledby="respondent-heading">
      <h2 id="respondent-heading">
        {mode === 'laptop' ? t('qs.privateTitle') : t('qs.paperTitle')}
      </h2>
      {mode === 'laptop' &&
        instructions.map((p) => (
          <p key={p} lang="nl">
            {p}
          </p>
        ))}
      <div className="form-grid">
        <label>
          {mode === 'laptop' ? t('qs.nameOptional') : t('qs.formName')}
          <input value={name} maxLength={120} autoFocus onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('qs.role')}
          <input value={role} maxLength={80} onChange={(e) => setRole(e.target.value)} />
        </label>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('qs.begin')}
        </button>
      </div>
    </form>
  )
}
