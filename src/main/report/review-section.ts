import { cell, heading, paragraph, table } from './blocks'
import { dutchDate, joinPresent } from './format'
import type { ReportContext } from './report-context'
import type { ReviewedAction } from './report-history'
import type { ReportPart, TableCell } from './report-model'
import { reportText } from './report-text'

const text = reportText.review

function row({ item, owner }: ReviewedAction): TableCell[] {
  const decision = item.outcome ? text.outcomes[item.outcome] : text.undecided
  const earlier = item.earlier.map((e) =>
    text.earlier(text.outcomes[e.outcome], dutchDate(e.sessionDate))
  )
  const from = `${item.previousSessionTitle} (${dutchDate(item.previousSessionDate)})`
  return [
    cell(item.action.what),
    cell(from),
    cell(owner),
    cell(joinPresent([decision, item.overdue ? text.overdue : ''], ', ')),
    cell(joinPresent([item.note, ...earlier], ' · '))
  ]
}

/** What became of the open actions of earlier meetings: decided here, by the team. */
export function reviewPart(context: ReportContext, reviews: readonly ReviewedAction[]): ReportPart {
  const { title, date } = context.file.session
  return {
    id: 'terugblik',
    landscape: false,
    blocks: [
      heading(1, text.heading),
      paragraph(text.intro(title, dutchDate(date))),
      table(text.columns, [4, 3, 2, 2, 4], reviews.map(row)),
      paragraph(text.decidedBy, 'note')
    ]
  }
}
