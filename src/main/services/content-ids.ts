import type { ContentBundle } from '../../shared/content/content-bundle'
import { buildSessionFlow, type FlowScreen } from '../../shared/domain/session-flow'
import { ServiceError } from './service-error'

/** The kinds of content item a session refers to by id. */
export type ContentIdKind =
  | 'screen'
  | 'cardScreen'
  | 'actionScreen'
  | 'practiceQuestion'
  | 'conversationForm'
  | 'agendaElement'
  | 'stap3Question'
  | 'support'
  | 'quickscanQuestion'
  | 'quickscanCluster'
  | 'aspect'

const unknownLabel: Record<ContentIdKind, string> = {
  screen: 'Onbekend scherm',
  cardScreen: 'Onbekend scherm',
  actionScreen: 'Onbekende stap of vraag',
  practiceQuestion: 'Onbekende praktijkvraag',
  conversationForm: 'Onbekende gespreksvorm',
  agendaElement: 'Onbekend onderdeel van de gespreksagenda',
  stap3Question: 'Onbekende vraag van stap 3',
  support: 'Onbekende vorm van ondersteuning',
  quickscanQuestion: 'Onbekende vraag van de quickscan',
  quickscanCluster: 'Onbekend onderdeel van de quickscan',
  aspect: 'Onbekend aspect'
}

export interface ContentIds {
  /** Why `id` is not a valid `kind`, in Dutch, or undefined when it is. */
  problem(kind: ContentIdKind, id: string): string | undefined
  /** Throws a validation error naming `id` when it is not a valid `kind`. */
  check(kind: ContentIdKind, id: string): void
  /** Sorts by the content's order; ids the pack no longer has go last, in their given order. */
  inContentOrder<T>(kind: ContentIdKind, items: readonly T[], idOf: (item: T) => string): T[]
}

/**
 * Ids per kind in the content's order. The team may discuss a quickscan item as cards, and an
 * action may be linked to one, so those kinds take the quickscan's questions after the flow.
 */
function orderedIds(content: ContentBundle, flow: FlowScreen[]): Record<ContentIdKind, string[]> {
  const [, stap2, stap3] = content.kwaliteitskaart.steps
  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id)
  const quickscanQuestions = ids(content.quickscan.questions)
  return {
    screen: ids(flow),
    cardScreen: [...ids(flow.filter((screen) => screen.cards)), ...quickscanQuestions],
    actionScreen: [...ids(flow), ...quickscanQuestions],
    practiceQuestion: ids(content.kwaliteitskaart.practiceQuestions.items),
    conversationForm: ids(stap2.conversationForms.items),
    agendaElement: ids(stap2.conversationAgenda.items),
    stap3Question: ids(stap3.questions),
    support: ids(stap3.support),
    quickscanQuestion: quickscanQuestions,
    quickscanCluster: ids(content.quickscan.clusters),
    aspect: ids(content.successFactors.improvementProcess.aspects)
  }
}

/** Id lookups built once from the content, so checking an id is a map lookup. */
export function createContentIds(content: ContentBundle): ContentIds {
  const ordered = orderedIds(content, buildSessionFlow(content.kwaliteitskaart))
  const rank = Object.fromEntries(
    Object.entries(ordered).map(([kind, ids]) => [kind, new Map(ids.map((id, i) => [id, i]))])
  ) as Record<ContentIdKind, Map<string, number>>

  const problem = (kind: ContentIdKind, id: string): string | undefined => {
    if (rank[kind].has(id)) return undefined
    if (kind === 'cardScreen' && rank.screen.has(id)) {
      return `Op het scherm "${id}" worden geen bijdragen verzameld.`
    }
    return `${unknownLabel[kind]}: "${id}"`
  }
  return {
    problem,
    check(kind, id) {
      const message = problem(kind, id)
      if (message) throw new ServiceError('validation', message)
    },
    inContentOrder(kind, items, idOf) {
      const at = (item: (typeof items)[number]) =>
        rank[kind].get(idOf(item)) ?? Number.MAX_SAFE_INTEGER
      return [...items].sort((a, b) => at(a) - at(b))
    }
  }
}
