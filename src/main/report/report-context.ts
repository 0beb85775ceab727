import type { ContentBundle } from '../../shared/content/content-bundle'
import type { ReportOptions, ReportSection } from '../../shared/domain/report-options'
import { buildSessionFlow, type FlowScreen } from '../../shared/domain/session-flow'
import type { Contribution } from '../../shared/domain/workspace'
import type { SessionFile } from '../../shared/exchange/session-file'
import type { ReportPartId } from './report-model'

/** What every section builder needs, worked out once per report. */
export interface ReportContext {
  file: SessionFile
  content: ContentBundle
  options: ReportOptions
  flow: FlowScreen[]
  /** Who said what: participant names by id, empty when attributions are off. */
  speakers: ReadonlyMap<string, string>
  /** Every participant's name by id: action owners are shown either way. */
  participantNames: ReadonlyMap<string, string>
  /** Texts of the Kwaliteitskaart's items (questions, forms, agenda elements, support) by id. */
  itemTexts: ReadonlyMap<string, string>
  /** The session's cards per report part, in their order on the board. */
  cardsByPart: ReadonlyMap<CardPart, Contribution[]>
}

/** Where a card goes: a step, the wrap-up's agreements, the quickscan, or the fallback. */
export type CardPart = ReportPartId | 'afspraken'

export function makeContext(
  file: SessionFile,
  content: ContentBundle,
  options: ReportOptions
): ReportContext {
  const flow = buildSessionFlow(content.kwaliteitskaart)
  const participantNames = new Map(file.participants.map((p) => [p.id, p.name]))
  const base = {
    file,
    content,
    options,
    flow,
    speakers: options.attributions ? participantNames : new Map<string, string>(),
    participantNames,
    itemTexts: itemTexts(content)
  }
  return { ...base, cardsByPart: groupCards(file, content, flow) }
}

export function includes(context: ReportContext, section: ReportSection): boolean {
  return context.options.sections.includes(section)
}

function itemTexts(content: ContentBundle): Map<string, string> {
  const pack = content.kwaliteitskaart
  const [stap1, stap2, stap3] = pack.steps
  const items = [
    ...pack.practiceQuestions.items,
    ...stap1.questions,
    ...stap2.conversationForms.items,
    ...stap2.conversationAgenda.items,
    ...stap3.questions,
    ...stap3.support
  ]
  return new Map(items.map((item) => [item.id, item.text]))
}

const stepParts = ['praktijkvragen', 'stap1', 'stap2', 'stap3', 'afspraken'] as const

function partOf(
  screenId: string,
  flow: readonly FlowScreen[],
  quickscanItems: ReadonlySet<string>
): CardPart {
  const screen = flow.find((s) => s.id === screenId)
  if (screen) return stepParts[screen.step]
  return quickscanItems.has(screenId) ? 'quickscan' : 'overig'
}

function groupCards(
  file: SessionFile,
  content: ContentBundle,
  flow: readonly FlowScreen[]
): Map<CardPart, Contribution[]> {
  // Cards on quickscan items only have a place when the session has a quickscan to show.
  const quickscanItems = new Set(file.quickscan ? content.quickscan.questions.map((q) => q.id) : [])
  const byPart = new Map<CardPart, Contribution[]>()
  // Held cards wait for approval and hidden ones were taken off the board: neither is the team's.
  const sorted = file.workspace.contributions
    .filter((card) => !card.held && !card.hidden)
    .sort((a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt))
  for (const card of sorted) {
    const part = partOf(card.screenId, flow, quickscanItems)
    const cards = byPart.get(part)
    if (cards) cards.push(card)
    else byPart.set(part, [card])
  }
  return byPart
}

export function cardsOf(context: ReportContext, part: CardPart): Contribution[] {
  return context.cardsByPart.get(part) ?? []
}
