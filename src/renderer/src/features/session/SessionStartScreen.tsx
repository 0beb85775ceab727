import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useAsyncAction } from '../../components/use-async-action'
import { useIntentId } from '../../components/use-intent-id'
import { useT } from '../../i18n'
import { useCurrentSessionStore } from '../../stores/current-session-store'
import { ReviewPanel } from '../plan/ReviewPanel'
import { ParticipantsEditor } from './ParticipantsEditor'
import { SessionDetailsForm } from './SessionDetailsForm'

/** The first screen of a session: its details and who takes part. */
export function SessionStartScreen({ editable }: { editable: boolean }) {
  const t = useT()
  const session = useCurrentSessionStore((state) => state.session)
  const { updateDetails, addParticipant, removeParticipant, creditedCards } =
    useCurrentSessionStore.getState()
  const { error, setError, run } = useAsyncAction()
  const addIntent = useIntentId()
  /** A participant named on cards, waiting for the facilitator's answer. */
  const [credited, setCredited] = useState<{ id: string; name: string; cards: number } | null>(null)
  if (!session) return null
  if (!editable) {
    return (
      <article className="screen">
        <h1 className="projected-title">{session.title}</h1>
        <p className="projected-text">
          {[session.school, session.team].filter(Boolean).join(' · ')}
        </p>
      </article>
    )
  }
  return (
    <article className="screen start-step">
      <p className="eyebrow">{t('flow.start')}</p>
      <h1>{session.title}</h1>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      <ReviewPanel sessionId={session.id} />
      <SessionDetailsForm session={session} onSave={updateDetails} />
      <ParticipantsEditor
        participants={session.participants}
        onAdd={async (name, role) => {
          const added = await run(() => addParticipant(name, role, addIntent.id()))
          if (added) addIntent.done()
          return added
        }}
        onRemove={(id) =>
          void run(async () => {
            const cards = await creditedCards(id)
            const name = session.participants.find((p) => p.id === id)?.name ?? ''
            if (cards > 0) setCredited({ id, name, cards })
            else await removeParticipant(id)
          })
        }
      />
      {credited && (
        <ConfirmDialog
          title={t('participants.creditedTitle', { name: credited.name })}
          body={t('participants.creditedBody', { name: credited.name, count: credited.cards })}
          confirmLabel={t('common.delete')}
          onConfirm={() => {
            setCredited(null)
            void run(() => removeParticipant(credited.id, true))
          }}
          onCancel={() => setCredited(null)}
        />
      )}
    </article>
  )
}
