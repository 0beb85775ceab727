import { AutosaveText } from '../../components/AutosaveText'
import { useT } from '../../i18n'
import { PersonalDataNotice } from '../privacy/PersonalDataNotice'
import { useWorkspaceStore } from '../../stores/workspace-store'

/** The facilitator's own notes for this screen: never rendered in presenter mode or on the projector. */
export function FacilitatorNotes({ screenId }: { screenId: string }) {
  const t = useT()
  const text = useWorkspaceStore(
    (state) => state.notes.find((n) => n.screenId === screenId)?.text ?? ''
  )
  const setNote = useWorkspaceStore((state) => state.setNote)
  return (
    <details className="facilitator-notes" open={text !== '' || undefined}>
      <summary>{t('notes.title')}</summary>
      <AutosaveText
        multiline
        rows={4}
        hiddenLabel
        label={t('notes.label')}
        value={text}
        onSave={(value) => setNote(screenId, value)}
      />
      <PersonalDataNotice text={text} onAnonymise={(value) => setNote(screenId, value)} />
    </details>
  )
}
