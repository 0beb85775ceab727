import { defineMessages } from '../define-messages'

/** Cards from phones that wait for the facilitator's approval, gathered from every screen. */
export const heldCardsMessages = defineMessages({
  nl: {
    'held.button_one': '{count} wacht op goedkeuring',
    'held.button_other': '{count} wachten op goedkeuring',
    'held.title': 'Wacht op goedkeuring',
    'held.intro':
      'Bijdragen van telefoons die pas op het scherm komen als je ze goedkeurt. Verwijderen kun je ongedaan maken.',
    'held.none': 'Er wacht niets op goedkeuring.',
    'held.approveAll_one': 'Keur {count} bijdrage goed',
    'held.approveAll_other': 'Keur alle {count} bijdragen goed',
    'held.approve': 'Keur goed',
    'held.delete': 'Verwijder',
    'held.quickscanScreen': 'Quickscan, vraag {number}',
    'held.otherScreen': 'Ander scherm',
    'held.from': 'via {name}'
  },
  en: {
    'held.button_one': '{count} awaits approval',
    'held.button_other': '{count} await approval',
    'held.title': 'Awaiting approval',
    'held.intro':
      'Contributions from phones that appear on the screen only once you approve them. Deleting can be undone.',
    'held.none': 'Nothing awaits approval.',
    'held.approveAll_one': 'Approve {count} contribution',
    'held.approveAll_other': 'Approve all {count} contributions',
    'held.approve': 'Approve',
    'held.delete': 'Delete',
    'held.quickscanScreen': 'Quickscan, question {number}',
    'held.otherScreen': 'Other screen',
    'held.from': 'from {name}'
  }
})
