import { AutosaveText } from '../../components/AutosaveText'
import { useT } from '../../i18n'
import { useActionsStore } from '../../stores/actions-store'

export function NextMeetingEditor() {
  const t = useT()
  const next = useActionsStore((s) => s.nextMeeting)
  const setNextMeeting = useActionsStore((s) => s.setNextMeeting)
  return (
    <section className="card form-grid" aria-labelledby="next-meeting-heading">
      <h2 id="next-meeting-heading">{t('plan.nextMeeting')}</h2>
      <label>
        {t('plan.nextMeetingDate')}
        <input
          type="date"
          value={next.date ?? ''}
          onChange={(event) => setNextMeeting({ ...next, date: event.target.value || null })}
        />
      </label>
      <AutosaveText
        className="wide"
        multiline
        rows={2}
        label={t('plan.nextMeetingNote')}
        value={next.note}
        onSave={(note) => setNextMeeting({ ...next, note })}
      />
    </section>
  )
}
