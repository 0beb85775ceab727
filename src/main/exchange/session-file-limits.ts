import { contributionTextSchema, maxContributionLength } from '../../shared/domain/workspace'
import type { SessionFile } from '../../shared/exchange/session-file'
import type { FileProblem } from './session-file-checks'
import { interpreted } from '../../shared/api/validation'

/**
 * What the API would never have stored, so a file cannot bring it in either: a card the
 * facilitator could not have typed (empty, or longer than a card may be), and more cards on
 * one screen or more actions than the app can put in order (`contribution.reorder` and
 * `action.reorder` take at most this many).
 */
export const importLimits = {
  cardsPerScreen: 10_000,
  actions: 5_000,
  participants: 1_000,
  respondents: 1_000
} as const

function cardProblems(file: SessionFile): FileProblem[] {
  const cards = file.workspace.contributions
  const perScreen = new Map<string, number>()
  const problems: FileProblem[] = []
  cards.forEach((card, i) => {
    const count = (perScreen.get(card.screenId) ?? 0) + 1
    perScreen.set(card.screenId, count)
    if (count === importLimits.cardsPerScreen + 1) {
      problems.push({
        path: ['workspace', 'contributions', i],
        message: `meer dan ${importLimits.cardsPerScreen} bijdragen op één scherm`
      })
    }
    const text = contributionTextSchema.safeParse(card.text, interpreted)
    if (!text.success) {
      problems.push({
        path: ['workspace', 'contributions', i, 'text'],
        message:
          card.text.trim().length === 0
            ? 'een bijdrage zonder tekst'
            : `een bijdrage van meer dan ${maxContributionLength} tekens`
      })
    }
  })
  return problems
}

function countProblem(path: string[], count: number, max: number, what: string): FileProblem[] {
  return count > max ? [{ path, message: `meer dan ${max} ${what}` }] : []
}

/** Every place where the file holds more than the app itself would have accepted. */
export function limitProblems(file: SessionFile): FileProblem[] {
  return [
    ...countProblem(
      ['participants'],
      file.participants.length,
      importLimits.participants,
      'deelnemers'
    ),
    ...countProblem(['actions'], file.actions.length, importLimits.actions, 'acties'),
    ...countProblem(
      ['quickscan', 'respondents'],
      file.quickscan?.respondents.length ?? 0,
      importLimits.respondents,
      'invullers'
    ),
    ...cardProblems(file)
  ]
}
