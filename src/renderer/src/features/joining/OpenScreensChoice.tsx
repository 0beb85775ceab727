import type { FlowScreen } from '../../../../shared/domain/session-flow'
import { useT } from '../../i18n'

interface OpenScreensChoiceProps {
  flow: FlowScreen[]
  screenLabel(screen: FlowScreen): string
  chosen: string[]
  onChange(ids: string[]): void
}

/** Participants write to the screen the session is on, or to questions the facilitator opened. */
export function OpenScreensChoice({ flow, screenLabel, chosen, onChange }: OpenScreensChoiceProps) {
  const t = useT()
  const cardScreens = flow.filter((screen) => screen.cards)
  const toggle = (id: string) =>
    onChange(
      cardScreens
        .map((s) => s.id)
        .filter((s) => (s === id ? !chosen.includes(s) : chosen.includes(s)))
    )
  return (
    <fieldset className="open-screens">
      <legend>{t('joining.openScreens')}</legend>
      <label className="inline-choice">
        <input
          type="radio"
          name="open-screens"
          checked={chosen.length === 0}
          onChange={() => onChange([])}
        />
        <span>{t('joining.followScreen')}</span>
      </label>
      <label className="inline-choice">
        <input
          type="radio"
          name="open-screens"
          checked={chosen.length > 0}
          onChange={() => cardScreens[0] && chosen.length === 0 && onChange([cardScreens[0].id])}
        />
        <span>{t('joining.chosenScreens')}</span>
      </label>
      {chosen.length > 0 && (
        <ul className="open-screen-list">
          {cardScreens.map((screen) => (
            <li key={screen.id}>
              <label className="inline-choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(screen.id)}
                  onChange={() => toggle(screen.id)}
                />
                <span>{screenLabel(screen)}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
