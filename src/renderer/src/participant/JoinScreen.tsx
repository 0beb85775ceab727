import { useEffect, useRef, useState, type FormEvent } from 'react'
import { joinRequestSchema } from '../../../shared/participant/protocol'
import { participantApi } from './api'
import { ErrorAlert } from './ErrorAlert'
import { t } from './i18n'

interface JoinScreenProps {
  /** Why the participant is back here (removed, joining closed), shown above the form. */
  notice: string | null
  onJoined(token: string, sessionTitle: string): void
}

/** What went wrong, and which field it is about (that field gets the focus). */
interface JoinError {
  message: string
  field: 'code' | 'name' | null
}

/** The code a scanned QR code brought along (`#code=…`), taken out of the address at once. */
function codeFromLocation(): string {
  const match = /(?:^#|&)code=([A-Za-z0-9]+)/.exec(window.location.hash)
  if (!match?.[1]) return ''
  history.replaceState(null, '', window.location.pathname + window.location.search)
  return match[1].toUpperCase()
}

export function JoinScreen({ notice, onJoined }: JoinScreenProps) {
  const [scanned] = useState(codeFromLocation)
  const [code, setCode] = useState(scanned)
  const [name, setName] = useState('')
  const [error, setError] = useState<JoinError | null>(null)
  const [busy, setBusy] = useState(false)
  const [waiting, setWaiting] = useState(false)
  // Asked on arrival (and learnt from a refusal too): the name field says so from the start.
  const [nameRequired, setNameRequired] = useState(false)
  const codeRef = useRef<HTMLInputElement>(null)
  const nameRef = useRef<HTMLInputElement>(null)

  const show = (joinError: JoinError) => {
    setError(joinError)
    if (joinError.field === 'name') nameRef.current?.focus()
    else codeRef.current?.focus()
  }

  const submit = async (event?: FormEvent) => {
    event?.preventDefault()
    const input = joinRequestSchema.safeParse({ code, name })
    if (!input.success) {
      const aboutName = input.error.issues.some((issue) => issue.path[0] === 'name')
      return show(
        aboutName
          ? { message: t('phone.join.nameTooLong', { max: 120 }), field: 'name' }
          : { message: t('phone.join.codeMissing'), field: 'code' }
      )
    }
    setBusy(true)
    const result = await participantApi.join(input.data.code, input.data.name)
    setBusy(false)
    if (result.ok) return onJoined(result.data.token, result.data.sessionTitle)
    const { kind, message, retryAfterSeconds } = result.error
    if (kind === 'name-required') setNameRequired(true)
    show({
      message,
      field: kind === 'name-required' ? 'name' : kind === 'unauthorized' ? 'code' : null
    })
    // Waiting as long as the server asks keeps a participant from spending tries in vain.
    if (retryAfterSeconds) {
      setWaiting(true)
      setTimeout(() => setWaiting(false), retryAfterSeconds * 1000)
    }
  }

  // On arrival: ask whether a name is needed. A scanned code then joins at once, unless a name
  // is required: then the name field asks first, and no try is spent on a refusal.
  const tried = useRef(false)
  useEffect(() => {
    let current = true
    if (!scanned) codeRef.current?.focus()
    void participantApi.joinInfo().then((result) => {
      if (!current) return
      const required = result.ok && result.data.nameRequired
      if (required) setNameRequired(true)
      if (!scanned || tried.current) return
      tried.current = true
      if (required) nameRef.current?.focus()
      else void submit()
    })
    return () => {
      current = false
    }
    // Once, on arrival: later edits join with the button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <main className="p-screen" aria-labelledby="join-heading">
      <h1 id="join-heading">{t('phone.join.heading')}</h1>
      {notice && (
        <p className="p-notice" role="status">
          {notice}
        </p>
      )}
      <form className="p-form" onSubmit={submit} noValidate>
        <p>{t('phone.join.intro')}</p>
        <label htmlFor="join-code">{t('phone.join.codeLabel')}</label>
        <input
          id="join-code"
          ref={codeRef}
          className="p-code"
          value={code}
          onChange={(event) => setCode(event.target.value.toUpperCase())}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          inputMode="text"
          maxLength={20}
          aria-invalid={error?.field === 'code'}
        />
        <label htmlFor="join-name">
          {nameRequired ? t('phone.join.nameLabel') : t('phone.join.nameLabelOptional')}
        </label>
        <input
          id="join-name"
          ref={nameRef}
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="name"
          maxLength={120}
          aria-describedby="join-name-hint"
          aria-invalid={error?.field === 'name'}
          aria-required={nameRequired}
        />
        <p id="join-name-hint" className="p-hint">
          {nameRequired ? t('phone.join.nameRequiredHint') : t('phone.join.nameHint')}
        </p>
        {error && <ErrorAlert message={error.message} />}
        <button type="submit" className="p-primary" disabled={busy || waiting}>
          {busy ? t('phone.join.submitting') : t('phone.join.submit')}
        </button>
      </form>
    </main>
  )
}
