import type { Action } from '../../shared/domain/action-plan'
import { cell, heading, labelled, paragraph, table } from './blocks'
import { contributionBlocks } from './contributions'
import { dutchDate, joinPresent } from './format'
import { cardsOf, includes, type ReportContext } from './report-context'
import type { Block, Line, ReportPart, TableCell } from './report-model'
import { reportText } from './report-text'

const text = reportText.plan

/** The plan in priority order: position first, then the order the actions were made. */
export function actionsInOrder(actions: readonly Action[]): Action[] {
  return [...actions].sort(
    (a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt)
  )
}

/** Who does it: the participant and/or the name or group typed in. Shown with attributions off. */
export function ownerText(action: Action, context: ReportContext): string {
  const participant = action.ownerParticipantId
    ? context.participantNames.get(action.ownerParticipantId)
    : undefined
  return joinPresent([participant, action.ownerText], ', ')
}

/** "Stap 1, vraag 3: <question>", or the screen's own name for the other screens. */
export function screenLabel(screenId: string, context: ReportContext): string {
  const screen = context.flow.find((s) => s.id === screenId)
  if (screen?.itemId && (screen.step === 1 || screen.step === 3)) {
    const index = context.flow.filter((s) => s.step === screen.step && s.itemId).indexOf(screen)
    const question = context.itemTexts.get(screen.itemId) ?? ''
    return `${reportText.questionRef(screen.step, index + 1)}: ${question}`
  }
  if (screen?.step === 0) return reportText.sectionLabels.praktijkvragen
  if (screen?.step === 4) return reportText.sectionLabels.afspraken
  if (screen) return reportText.stepShort(screen.step)
  const item = context.content.quickscan.questions.find((q) => q.id === screenId)
  return item ? `${reportText.sectionLabels.quickscan}: ${item.text}` : screenId
}

function whyLines(action: Action, context: ReportContext): Line[] {
  const factor =
    action.factor === null
      ? undefined
      : context.content.successFactors.groups
          .flatMap((g) => g.factors)
          .find((f) => f.number === action.factor)
  const aspect = context.content.successFactors.improvementProcess.aspects.find(
    (a) => a.id === action.aspect
  )
  const links = [
    action.screenId ? screenLabel(action.screenId, context) : '',
    factor ? text.factor(factor.number, factor.title) : '',
    aspect ? text.aspect(aspect.name) : ''
  ].filter(Boolean)
  const lines: Line[] = action.why.trim() ? [[{ text: action.why }]] : []
  return [...lines, ...links.map((link): Line => [{ text: link, italic: true }])]
}

function actionRow(action: Action, index: number, context: ReportContext): TableCell[] {
  const date = (value: string | null) => (value ? dutchDate(value) : '')
  return [
    cell(String(index + 1)),
    cell([{ text: action.what, bold: true }]),
    cell(whyLines(action, context)),
    cell(ownerText(action, context)),
    cell(date(action.deadline)),
    cell(action.firstStep),
    cell(action.support),
    cell(action.successIndicator),
    cell(text.status[action.status]),
    cell(date(action.followUp))
  ]
}

export function actionPlanPart(context: ReportContext): ReportPart {
  const actions = actionsInOrder(context.file.actions)
  const blocks: Block[] = [heading(1, text.heading)]
  if (actions.length === 0) blocks.push(paragraph(text.none))
  else {
    const rows = actions.map((action, i) => actionRow(action, i, context))
    const weights = [0.75, 2.4, 3.45, 1.5, 1.7, 2.1, 2.1, 2.2, 1.15, 1.7]
    blocks.push(table(text.columns, weights, rows, [0]))
  }
  const agreements = cardsOf(context, 'afspraken')
  if (agreements.length > 0) {
    blocks.push(heading(2, text.agreements), ...contributionBlocks(agreements, context))
  }
  return { id: 'actieplan', landscape: true, blocks }
}

export function nextMeetingPart(context: ReportContext): ReportPart {
  const { date, note } = context.file.nextMeeting
  const words = reportText.nextMeeting
  const blocks: Block[] = [
    heading(1, words.heading),
    labelled(words.date, date ? dutchDate(date) : words.notPlanned)
  ]
  if (note.trim()) blocks.push(labelled(words.note, note))
  // Right after the plan it stays on the plan's landscape page rather than take a page of its own.
  return { id: 'volgende-bijeenkomst', landscape: includes(context, 'actieplan'), blocks }
}
