import type { ContentBundle } from '../../../../shared/content/content-bundle'
import type { FlowScreen } from '../../../../shared/domain/session-flow'
import type { Translate } from '../../i18n'
import { screenName } from '../session/ProgressNav'

export interface LinkOption {
  value: string
  label: string
}

/** The step or question an action can be linked to, named as the facilitator saw it. */
export function screenLinkOptions(
  t: Translate,
  flow: FlowScreen[],
  content: ContentBundle
): LinkOption[] {
  const questionText = new Map(
    [
      ...content.kwaliteitskaart.steps[0].questions,
      ...content.kwaliteitskaart.steps[2].questions
    ].map((q) => [q.id, q.text])
  )
  const fromFlow = flow
    .filter((screen) => screen.kind !== 'start')
    .map((screen) => {
      const text = screen.itemId ? questionText.get(screen.itemId) : undefined
      const name = screenName(t, flow, screen)
      return { value: screen.id, label: text ? `${name}: ${shorten(text)}` : name }
    })
  const fromQuickscan = content.quickscan.questions.map((q, index) => ({
    value: q.id,
    label: `${t('plan.quickscanItem', { number: index + 1 })}: ${shorten(q.text)}`
  }))
  return [...fromFlow, ...fromQuickscan]
}

export function factorOptions(content: ContentBundle): LinkOption[] {
  return content.successFactors.groups.flatMap((group) =>
    group.factors.map((f) => ({ value: String(f.number), label: `${f.number}. ${f.title}` }))
  )
}

export function aspectOptions(content: ContentBundle): LinkOption[] {
  return content.successFactors.improvementProcess.aspects.map((a) => ({
    value: a.id,
    label: a.name
  }))
}

function shorten(text: string, max = 70): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
