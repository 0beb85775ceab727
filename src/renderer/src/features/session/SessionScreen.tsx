import { useEffect } from 'react'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAsyncAction } from '../../components/use-async-action'
import { useT } from '../../i18n'
import { useCurrentSessionStore } from '../../stores/current-session-store'
import { useRouteStore } from '../../stores/route-store'
import { ParticipantsEditor } from './ParticipantsEditor'
import { SessionDetailsForm } from './SessionDetailsForm'

export function SessionScreen({ sessionId }: { sessionId: string }) {
  const t = useT()
  const session = useCurrentSessionStore((state) => state.session)
  const { open, close, updateDetails, addParticipant, removeParticipant } =
    useCurrentSessionStore.getState()
  const navigate = useRouteStore((state) => state.navigate)
  const { error, setError, run } = useAsyncAction()

  useEffect(() => {
    void run(() => open(sessionId))
    return close
  }, [run, open, close, sessionId])

  const current = session?.id === sessionId ? session : null
  return (
    <main className="page session-screen">
      <nav>
        <button type="button" className="link" onClick={() => navigate({ name: 'start' })}>
          ← {t('common.back')}
        </button>
      </nav>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      {!current && !error && <p>{t('common.loading')}</p>}
      {current && (
        <>
          <h1>{current.title}</h1>
          <SessionDetailsForm
            session={current}
            onSave={(patch) => run(() => updateDetails(patch))}
          />
          <ParticipantsEditor
            participants={current.participants}
            onAdd={(name, role) => run(() => addParticipant(name, role))}
            onRemove={(id) => void run(() => removeParticipant(id))}
          />
        </>
      )}
    </main>
  )
}
