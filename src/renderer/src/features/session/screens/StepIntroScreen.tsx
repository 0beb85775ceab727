import type { KwaliteitskaartPack } from '../../../../../shared/content/kwaliteitskaart'
import { useT } from '../../../i18n'

/** "Stap N" with the card's title and introduction, as the team reads it on the beamer. */
export function StepIntroScreen({ pack, step }: { pack: KwaliteitskaartPack; step: 1 | 2 | 3 }) {
  const t = useT()
  const content = pack.steps[step - 1]
  if (!content) return null
  return (
    <article className="screen step-intro">
      <p className="eyebrow">{t('flow.step', { number: step })}</p>
      <h1 className="projected-title" lang="nl">
        {content.title}
      </h1>
      {content.intro.map((paragraph) => (
        <p key={paragraph} className="projected-text" lang="nl">
          {paragraph}
        </p>
      ))}
    </article>
  )
}
