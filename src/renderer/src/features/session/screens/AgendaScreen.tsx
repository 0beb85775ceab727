import type { KwaliteitskaartPack } from '../../../../../shared/content/kwaliteitskaart'
import { AutosaveText } from '../../../components/AutosaveText'
import { useT } from '../../../i18n'
import { CardBoard } from '../../cards/CardBoard'
import { useWorkspaceStore } from '../../../stores/workspace-store'

/** Stap 2: the team builds its own gespreksagenda from the card's six elements, and talks on cards. */
export function AgendaScreen({
  pack,
  screenId,
  editable
}: {
  pack: KwaliteitskaartPack
  /** The cards of the team's talk about the agenda belong to this screen. */
  screenId: string
  editable: boolean
}) {
  const t = useT()
  const elements = useWorkspaceStore((state) => state.agendaElements)
  const agenda = useWorkspaceStore((state) => state.agenda)
  const setAgendaElement = useWorkspaceStore((state) => state.setAgendaElement)
  const setAgenda = useWorkspaceStore((state) => state.setAgenda)
  const { intro, items } = pack.steps[1].conversationAgenda

  return (
    <article className="screen agenda-screen">
      <p className="eyebrow">{t('flow.step', { number: 2 })}</p>
      <h1 className="projected-title" lang="nl">
        {intro}
      </h1>
      <ul className="agenda-elements">
        {items.map((item) => {
          const entry = elements.find((e) => e.elementId === item.id) ?? {
            elementId: item.id,
            included: false,
            note: ''
          }
          return (
            <li key={item.id} className={entry.included ? 'chosen' : undefined}>
              <label className="inline-choice">
                <input
                  type="checkbox"
                  checked={entry.included}
                  disabled={!editable}
                  onChange={() => setAgendaElement({ ...entry, included: !entry.included })}
                />
                <span className="projected-text" lang="nl">
                  {item.text}
                </span>
              </label>
              {entry.included && (
                <AutosaveText
                  readOnly={!editable}
                  label={t('agenda.elementNote')}
                  value={entry.note}
                  onSave={(note) => setAgendaElement({ ...entry, note })}
                />
              )}
            </li>
          )
        })}
      </ul>
      <div className="form-grid agenda-details">
        <AutosaveText
          readOnly={!editable}
          label={t('agenda.forWhom')}
          value={agenda.forWhom}
          onSave={(forWhom) => setAgenda({ ...agenda, forWhom })}
        />
        <AutosaveText
          readOnly={!editable}
          label={t('agenda.timing')}
          value={agenda.timing}
          onSave={(timing) => setAgenda({ ...agenda, timing })}
        />
        <AutosaveText
          readOnly={!editable}
          className="wide"
          multiline
          label={t('agenda.notes')}
          value={agenda.notes}
          onSave={(notes) => setAgenda({ ...agenda, notes })}
        />
      </div>
      <CardBoard screenId={screenId} editable={editable} />
    </article>
  )
}
