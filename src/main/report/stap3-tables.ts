import { cell, heading, list, paragraph, table } from './blocks'
import { capitalise } from './format'
import type { ReportContext } from './report-context'
import type { Block, Line } from './report-model'
import { reportText } from './report-text'

const text = reportText

/** "3 – redelijk": the number and its words, so the table reads without a legend. */
export function ratingText(rating: number | null): string {
  if (rating === null) return text.assessment.unrated
  return `${rating} – ${text.assessment.rating[rating - 1] ?? ''}`
}

/** Stap 3's self-assessment: every question of the step, its rating and the team's notes. */
export function assessmentBlocks(context: ReportContext): Block[] {
  const questions = context.content.kwaliteitskaart.steps[2].questions
  const entries = new Map(context.file.workspace.selfAssessments.map((e) => [e.questionId, e]))
  const rows = questions.map((question) => {
    const entry = entries.get(question.id)
    return [cell(question.text), cell(ratingText(entry?.rating ?? null)), cell(entry?.notes ?? '')]
  })
  return [heading(2, text.assessment.heading), table(text.assessment.columns, [5, 2, 5], rows)]
}

/** The support options the team chose, with the note it added. */
export function supportBlocks(context: ReportContext): Block[] {
  const options = context.content.kwaliteitskaart.steps[2].support
  const chosen = new Map(
    context.file.workspace.supportChoices.filter((c) => c.chosen).map((c) => [c.supportId, c])
  )
  const items: Line[] = options.flatMap((option) => {
    const choice = chosen.get(option.id)
    if (!choice) return []
    const line: Line = [{ text: capitalise(option.text) }]
    if (choice.note.trim()) line.push({ text: `\n${choice.note}`, italic: true })
    return [line]
  })
  const blocks: Block[] = [heading(2, text.support.heading)]
  blocks.push(items.length === 0 ? paragraph(text.support.none) : list(items))
  return blocks
}
