import { defineMessages } from '../define-messages'

/** Schools and teams, the school's page, and actions carried from meeting to meeting. */
export const cycleMessages = defineMessages({
  nl: {
    'plan.status.vervallen': 'vervallen',
    'review.outcome.loopt-door': 'Loopt door',
    'review.reason': 'Waarom vervalt deze actie?',
    'review.reasonSave': 'Vervallen',
    'review.reasonMissing': 'Schrijf kort op waarom deze actie vervalt.',
    'review.introCycle':
      'Deze acties van eerdere bijeenkomsten van dit team zijn nog niet afgerond. Wat is ermee ' +
      'gebeurd? Wat nog niet besproken is of doorloopt, komt de volgende keer terug.',
    'review.from': 'uit “{title}” ({date})',
    'review.continuedSince': 'loopt door sinds {date}',
    'review.deadline': 'klaar op {date}',
    'review.because': 'Vervallen omdat: {reason}',
    'cycle.overdue': 'te laat'
  },
  en: {
    'plan.status.vervallen': 'dropped',
    'review.outcome.loopt-door': 'Continues',
    'review.reason': 'Why is this action dropped?',
    'review.reasonSave': 'Drop',
    'review.reasonMissing': 'Write briefly why this action is dropped.',
    'review.introCycle':
      "These actions from this team's earlier meetings are not finished yet. What became of " +
      'them? Anything not discussed or continuing comes back next time.',
    'review.from': 'from “{title}” ({date})',
    'review.continuedSince': 'continuing since {date}',
    'review.deadline': 'due {date}',
    'review.because': 'Dropped because: {reason}',
    'cycle.overdue': 'overdue'
  }
})
