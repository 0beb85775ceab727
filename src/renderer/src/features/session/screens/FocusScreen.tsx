import type { KwaliteitskaartPack } from '../../../../../shared/content/kwaliteitskaart'
import { useT } from '../../../i18n'
import { useWorkspaceStore } from '../../../stores/workspace-store'
import { CardBoard } from '../../cards/CardBoard'

/** The card's three practice questions: the team chooses which ones it focuses on. */
export function FocusScreen({ pack, editable }: { pack: KwaliteitskaartPack; editable: boolean }) {
  const t = useT()
  const focus = useWorkspaceStore((state) => state.focus)
  const setFocus = useWorkspaceStore((state) => state.setFocus)
  const items = pack.practiceQuestions.items

  function toggle(id: string) {
    const chosen = new Set(focus)
    if (chosen.has(id)) chosen.delete(id)
    else chosen.add(id)
    setFocus(items.filter((item) => chosen.has(item.id)).map((item) => item.id))
  }

  return (
    <article className="screen focus-screen">
      <p className="eyebrow">{t('flow.focus')}</p>
      <h1 className="projected-title" lang="nl">
        {pack.practiceQuestions.heading}
      </h1>
      <fieldset className="focus-choices">
        <legend>{t('focus.legend')}</legend>
        {items.map((item) => (
          <label
            key={item.id}
            className={`focus-choice${focus.includes(item.id) ? ' chosen' : ''}`}
          >
            <input
              type="checkbox"
              checked={focus.includes(item.id)}
              disabled={!editable}
              onChange={() => toggle(item.id)}
            />
            <span className="projected-text" lang="nl">
              {item.text}
            </span>
          </label>
        ))}
      </fieldset>
      <CardBoard screenId="praktijkvragen" editable={editable} />
    </article>
  )
}
