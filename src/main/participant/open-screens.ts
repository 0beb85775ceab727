import type { z } from 'zod'
import type { ContentBundle } from '../../shared/content/content-bundle'
import type { openScreenSchema } from '../../shared/participant/protocol'
import type { ServiceContext } from '../services/service-context'
import type { JoiningState } from './joining-registry'

export type OpenScreen = z.infer<typeof openScreenSchema>

const cache = new WeakMap<ContentBundle, Map<string, OpenScreen>>()

/** Every screen cards can be added to, with its question as the projector shows it. */
function describeScreens(content: ContentBundle): Map<string, OpenScreen> {
  const cached = cache.get(content)
  if (cached) return cached
  const pack = content.kwaliteitskaart
  const [stap1, stap2, stap3] = pack.steps
  const entries: OpenScreen[] = [
    { screenId: 'praktijkvragen', title: 'Praktijkvragen', text: pack.practiceQuestions.heading },
    ...stap1.questions.map((q) => ({
      screenId: q.id,
      title: `Stap 1: ${stap1.title}`,
      text: q.text
    })),
    {
      screenId: 'stap2-gespreksvormen',
      title: `Stap 2: ${stap2.title}`,
      text: stap2.conversationForms.intro
    },
    {
      screenId: 'stap2-gespreksagenda',
      title: `Stap 2: ${stap2.title}`,
      text: stap2.conversationAgenda.intro
    },
    ...stap3.questions.map((q) => ({
      screenId: q.id,
      title: `Stap 3: ${stap3.title}`,
      text: q.text
    })),
    { screenId: 'afronding', title: 'Afronding', text: 'Afspraken' },
    ...content.quickscan.questions.map((q) => ({
      screenId: q.id,
      title: 'Quickscan',
      text: q.text
    }))
  ]
  const described = new Map(entries.map((entry) => [entry.screenId, entry]))
  cache.set(content, described)
  return described
}

/**
 * The screens participants may add cards to now: the ones the facilitator opened, or else the
 * screen the session is on, when cards are collected there.
 */
export function openScreens(ctx: ServiceContext, joining: JoiningState): OpenScreen[] {
  const chosen = joining.settings.openScreenIds
  const ids = chosen.length > 0 ? chosen : [ctx.repos.sessions.position(joining.sessionId) ?? '']
  const described = describeScreens(ctx.content)
  return [...new Set(ids)].flatMap((id) => {
    const screen = described.get(id)
    return screen ? [screen] : []
  })
}

/** Whether a card may be added to `screenId` now: `openScreens` without building the list. */
export function isScreenOpen(
  ctx: ServiceContext,
  joining: JoiningState,
  screenId: string
): boolean {
  if (!describeScreens(ctx.content).has(screenId)) return false
  const chosen = joining.settings.openScreenIds
  if (chosen.length > 0) return chosen.includes(screenId)
  return ctx.repos.sessions.position(joining.sessionId) === screenId
}
