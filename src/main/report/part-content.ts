import type { ReportSection } from '../../shared/domain/report-options'
import { cardsOf, type ReportContext } from './report-context'
import type { ReportHistory } from './report-history'

/**
 * Whether a part has anything recorded to show. The summary and the action plan are the
 * report's reason to exist and always come; every other part only when something is in it.
 */
export function hasContent(
  section: ReportSection,
  context: ReportContext,
  history: ReportHistory
): boolean {
  const { workspace, nextMeeting } = context.file
  const cards = (part: Parameters<typeof cardsOf>[1]) => cardsOf(context, part).length > 0
  switch (section) {
    case 'samenvatting':
    case 'actieplan':
    case 'quickscan':
      return true
    case 'terugblik':
      return history.reviews.length > 0
    case 'praktijkvragen':
      return workspace.focus.length > 0 || cards('praktijkvragen')
    case 'stap1':
      return cards('stap1')
    case 'stap2': {
      const { forWhom, timing, notes } = workspace.agenda
      return (
        cards('stap2') ||
        workspace.conversationForms.length > 0 ||
        workspace.agendaElements.length > 0 ||
        Boolean(forWhom || timing || notes)
      )
    }
    case 'stap3':
      return (
        cards('stap3') ||
        workspace.selfAssessments.length > 0 ||
        workspace.supportChoices.length > 0
      )
    case 'stemmingen':
      return history.votes.length > 0 || history.themes.some((t) => t.cardIds.length > 0)
    case 'volgende-bijeenkomst':
      return nextMeeting.date !== null || nextMeeting.note.trim() !== ''
  }
}
