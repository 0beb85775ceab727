import type { KwaliteitskaartPack } from '../../../../../shared/content/kwaliteitskaart'
import { conversationFormStatuses } from '../../../../../shared/domain/workspace'
import { AutosaveText } from '../../../components/AutosaveText'
import { useT } from '../../../i18n'
import { CardBoard } from '../../cards/CardBoard'
import { useWorkspaceStore } from '../../../stores/workspace-store'

/**
 * Stap 2: for each way of organising parent conversations, is it used now, wanted, or not? The
 * team's talk about them goes on cards below, as on every question screen.
 */
export function ConversationFormsScreen({
  pack,
  screenId,
  editable
}: {
  pack: KwaliteitskaartPack
  /** The cards of the team's talk about the forms belong to this screen. */
  screenId: string
  editable: boolean
}) {
  const t = useT()
  const entries = useWorkspaceStore((state) => state.conversationForms)
  const setForm = useWorkspaceStore((state) => state.setForm)
  const { intro, items } = pack.steps[1].conversationForms

  return (
    <article className="screen forms-screen">
      <p className="eyebrow">{t('flow.step', { number: 2 })}</p>
      <h1 className="projected-title" lang="nl">
        {intro}
      </h1>
      <table className="forms-table">
        <caption className="visually-hidden">{t('forms.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('forms.form')}</th>
            {conversationFormStatuses.map((status) => (
              <th scope="col" key={status}>
                {t(`forms.status.${status}`)}
              </th>
            ))}
            <th scope="col">{t('forms.note')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const entry = entries.find((e) => e.formId === item.id) ?? {
              formId: item.id,
              status: null,
              note: ''
            }
            return (
              <tr key={item.id}>
                <th scope="row" lang="nl">
                  {item.text}
                </th>
                {conversationFormStatuses.map((status) => (
                  <td key={status} className="choice-cell">
                    <input
                      type="radio"
                      name={`form-${item.id}`}
                      aria-label={`${item.text}: ${t(`forms.status.${status}`)}`}
                      checked={entry.status === status}
                      disabled={!editable}
                      onChange={() => setForm({ ...entry, status })}
                    />
                  </td>
                ))}
                <td>
                  <AutosaveText
                    readOnly={!editable}
                    hiddenLabel
                    label={t('forms.noteFor', { form: item.text })}
                    value={entry.note}
                    onSave={(note) => setForm({ ...entry, note })}
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <CardBoard screenId={screenId} editable={editable} />
    </article>
  )
}
