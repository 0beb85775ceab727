import { defineMessages } from '../define-messages'

/**
 * Refusals of the improvement cycle's services: schools and teams, vote rounds and themes,
 * and the board export built on them.
 * A module of its own beside the other services' errors; `errors.ts` joins them into one set.
 */
export const cycleErrorMessages = defineMessages({
  nl: {
    'error.schoolNotFound': 'Deze school bestaat niet (meer). Misschien is ze samengevoegd.',
    'error.teamNotFound': 'Dit team bestaat niet (meer). Misschien is het samengevoegd.',
    'error.schoolNameTaken': 'Er is al een school "{name}". Kies die in de lijst.',
    'error.teamNameTaken': 'Deze school heeft al een team "{name}". Kies dat in de lijst.',
    'error.mergeAnswered':
      'Deze vraag over samenvoegen is al beantwoord. Laad het overzicht opnieuw.',
    'error.voteRoundNotFound': 'Deze stemronde bestaat niet (meer). Laad de sessie opnieuw.',
    'error.voteRoundForeign': 'Deze stemronde hoort bij een andere sessie.',
    'error.voteRoundClosed': 'Deze stemronde is gesloten: stemmen kan niet meer.',
    'error.voteOptionUnknown':
      'Een van de gekozen punten staat niet (meer) in deze stemronde. Laad opnieuw.',
    'error.voteTooManyDots': 'Dat zijn {given} stippen; er zijn er {allowed} te verdelen.',
    'error.voteOptionGone':
      'Een van de gekozen bijdragen, thema’s of vragen bestaat niet (meer) in deze sessie.',
    'error.themeNotFound': 'Dit thema bestaat niet (meer). Laad de sessie opnieuw.',
    'error.themeForeign': 'Dit thema hoort bij een andere sessie.',
    'error.themeCardNotFound': 'Deze bijdrage bestaat niet (meer).',
    'error.themeOtherQuestion': 'Een bijdrage kan alleen in een thema van haar eigen vraag.',
    'error.boardNoQuickscan':
      'Deze sessie heeft nog geen ingevulde quickscan: er is niets om met het bestuur te delen.',
    'error.boardFileChanged': '“{file}” is veranderd sinds het werd geopend.'
  },
  en: {
    'error.schoolNotFound': 'This school does not exist (any more). Perhaps it was merged.',
    'error.teamNotFound': 'This team does not exist (any more). Perhaps it was merged.',
    'error.schoolNameTaken': 'There already is a school "{name}". Pick it from the list.',
    'error.teamNameTaken': 'This school already has a team "{name}". Pick it from the list.',
    'error.mergeAnswered':
      'This question about merging has already been answered. Reload the overview.',
    'error.voteRoundNotFound': 'This vote round does not exist (any more). Reload the session.',
    'error.voteRoundForeign': 'This vote round belongs to another session.',
    'error.voteRoundClosed': 'This vote round is closed: voting is no longer possible.',
    'error.voteOptionUnknown':
      'One of the chosen points is not (or no longer) in this vote round. Reload.',
    'error.voteTooManyDots': 'That is {given} dots; there are {allowed} to hand out.',
    'error.voteOptionGone':
      'One of the chosen contributions, themes or questions does not exist (any more) in this session.',
    'error.themeNotFound': 'This theme does not exist (any more). Reload the session.',
    'error.themeForeign': 'This theme belongs to another session.',
    'error.themeCardNotFound': 'This contribution does not exist (any more).',
    'error.themeOtherQuestion': 'A contribution can only go into a theme of its own question.',
    'error.boardNoQuickscan':
      'This session has no completed quickscan yet: there is nothing to share with the board.',
    'error.boardFileChanged': '“{file}” has changed since it was opened.'
  }
})
