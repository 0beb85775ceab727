import { cell, heading, labelled, list, paragraph, table } from './blocks'
import type { ReportContext } from './report-context'
import type { Block, Line } from './report-model'
import { reportText } from './report-text'

const text = reportText

/** Every conversation form of the card, in its order, with how the team uses it. */
export function formsBlocks(context: ReportContext): Block[] {
  const forms = context.content.kwaliteitskaart.steps[1].conversationForms.items
  const entries = new Map(context.file.workspace.conversationForms.map((e) => [e.formId, e]))
  const rows = forms.map((form) => {
    const entry = entries.get(form.id)
    const status = entry?.status ? text.forms.status[entry.status] : text.forms.unset
    return [cell(form.text), cell(status), cell(entry?.note ?? '')]
  })
  return [heading(2, text.forms.heading), table(text.forms.columns, [3, 2, 5], rows)]
}

/** The team's gespreksagenda: the chosen elements with their notes, for whom, when, notes. */
export function agendaBlocks(context: ReportContext): Block[] {
  const { agendaElements, agenda } = context.file.workspace
  const elements = context.content.kwaliteitskaart.steps[1].conversationAgenda.items
  const included = new Map(agendaElements.filter((e) => e.included).map((e) => [e.elementId, e]))
  const items: Line[] = elements.flatMap((element) => {
    const entry = included.get(element.id)
    if (!entry) return []
    const line: Line = [{ text: element.text }]
    if (entry.note.trim()) line.push({ text: `\n${entry.note}`, italic: true })
    return [line]
  })
  const blocks: Block[] = [heading(2, text.agenda.heading)]
  if (items.length === 0) blocks.push(paragraph(text.agenda.none))
  else blocks.push(paragraph(text.agenda.chosen, 'label'), list(items))
  const details: [string, string][] = [
    [text.agenda.forWhom, agenda.forWhom],
    [text.agenda.timing, agenda.timing],
    [text.agenda.notes, agenda.notes]
  ]
  for (const [label, value] of details) if (value.trim()) blocks.push(labelled(label, value))
  return blocks
}
