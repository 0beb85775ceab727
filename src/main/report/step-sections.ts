import type { Contribution } from '../../shared/domain/workspace'
import { heading, list, paragraph } from './blocks'
import { contributionBlocks, screenBlocks } from './contributions'
import { cardsOf, type ReportContext } from './report-context'
import type { Block, ReportPart } from './report-model'
import { reportText } from './report-text'
import { assessmentBlocks, supportBlocks } from './stap3-tables'
import { agendaBlocks, formsBlocks } from './stap2-tables'

export function practicePart(context: ReportContext): ReportPart {
  const { focus } = context.file.workspace
  const chosen = focus.map((id) => context.itemTexts.get(id) ?? id)
  const cards = cardsOf(context, 'praktijkvragen')
  const blocks: Block[] = [heading(1, reportText.practice.heading)]
  if (chosen.length === 0) blocks.push(paragraph(reportText.practice.none))
  else blocks.push(paragraph(reportText.practice.intro), list(chosen))
  if (cards.length > 0) {
    blocks.push(
      heading(2, reportText.practice.contributions),
      ...contributionBlocks(cards, context)
    )
  }
  return { id: 'praktijkvragen', landscape: false, blocks }
}

/** Stap 2's own screens: their cards follow the table the team talked about there. */
const stap2CardScreens = {
  forms: 'stap2-gespreksvormen',
  agenda: 'stap2-gespreksagenda'
} as const
const placedScreens: ReadonlySet<string> = new Set(Object.values(stap2CardScreens))

function placedCardBlocks(context: ReportContext, screenId: string, title: string): Block[] {
  const cards = cardsOf(context, 'stap2').filter((card) => card.screenId === screenId)
  if (cards.length === 0) return []
  return [heading(3, title), ...contributionBlocks(cards, context)]
}

/**
 * Every question of the step, in the card's order, with its cards; cards on the step's other
 * screens (its introduction, say) come first under "Algemeen".
 */
function questionBlocks(step: 1 | 2 | 3, context: ReportContext): Block[] {
  const cards = cardsOf(context, `stap${step}`)
  const on = (screenId: string): Contribution[] => cards.filter((c) => c.screenId === screenId)
  const screens = context.flow.filter((screen) => screen.step === step)
  const general = cards.filter(
    (card) =>
      !placedScreens.has(card.screenId) && !screens.some((s) => s.itemId && s.id === card.screenId)
  )
  const blocks: Block[] = []
  if (general.length > 0) {
    blocks.push(heading(2, reportText.general), ...contributionBlocks(general, context))
  }
  for (const screen of screens) {
    // A question nobody said anything about would only make the report longer.
    if (!screen.itemId || on(screen.id).length === 0) continue
    blocks.push(heading(2, context.itemTexts.get(screen.itemId) ?? screen.itemId))
    blocks.push(...screenBlocks(on(screen.id), context))
  }
  return blocks
}

function stepHeading(step: 1 | 2 | 3, context: ReportContext): Block {
  const stepContent = context.content.kwaliteitskaart.steps[step - 1]
  return heading(1, reportText.step(step, stepContent?.title ?? ''))
}

export function stepPart(step: 1 | 2 | 3, context: ReportContext): ReportPart {
  const blocks = [stepHeading(step, context), ...questionBlocks(step, context)]
  if (step === 2) {
    blocks.push(
      ...formsBlocks(context),
      ...placedCardBlocks(context, stap2CardScreens.forms, reportText.forms.contributions),
      ...agendaBlocks(context),
      ...placedCardBlocks(context, stap2CardScreens.agenda, reportText.agenda.contributions)
    )
  }
  if (step === 3) blocks.push(...assessmentBlocks(context), ...supportBlocks(context))
  return { id: `stap${step}`, landscape: false, blocks }
}
