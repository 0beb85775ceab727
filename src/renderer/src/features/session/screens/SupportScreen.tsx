import type { KwaliteitskaartPack } from '../../../../../shared/content/kwaliteitskaart'
import { AutosaveText } from '../../../components/AutosaveText'
import { useT } from '../../../i18n'
import { useWorkspaceStore } from '../../../stores/workspace-store'
import { sentenceCase } from '../../../format/text'

/** Stap 3: the support the school leader offers, chosen as intended actions. */
export function SupportScreen({
  pack,
  editable
}: {
  pack: KwaliteitskaartPack
  editable: boolean
}) {
  const t = useT()
  const choices = useWorkspaceStore((state) => state.supportChoices)
  const setSupport = useWorkspaceStore((state) => state.setSupport)
  const step = pack.steps[2]

  return (
    <article className="screen support-screen">
      <p className="eyebrow">{t('flow.step', { number: 3 })}</p>
      <h1 className="projected-title">{t('support.title')}</h1>
      <ul className="support-options">
        {step.support.map((item) => {
          const choice = choices.find((c) => c.supportId === item.id) ?? {
            supportId: item.id,
            chosen: false,
            note: ''
          }
          return (
            <li key={item.id} className={choice.chosen ? 'chosen' : undefined}>
              <label className="inline-choice">
                <input
                  type="checkbox"
                  checked={choice.chosen}
                  disabled={!editable}
                  onChange={() => setSupport({ ...choice, chosen: !choice.chosen })}
                />
                <span className="projected-text" lang="nl">
                  {sentenceCase(item.text)}
                </span>
              </label>
              {choice.chosen && (
                <AutosaveText
                  readOnly={!editable}
                  label={t('support.note')}
                  value={choice.note}
                  onSave={(note) => setSupport({ ...choice, note })}
                />
              )}
            </li>
          )
        })}
      </ul>
      {step.closing.map((paragraph) => (
        <p key={paragraph} className="projected-text muted" lang="nl">
          {paragraph}
        </p>
      ))}
    </article>
  )
}
