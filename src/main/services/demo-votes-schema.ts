import { z } from 'zod'
import { contentIdSchema } from '../../shared/content/pack-meta'
import {
  dotsPerPersonSchema,
  maxDotsPerPerson,
  maxPaperPeople,
  maxVoteOptions,
  voteRoundStatusSchema
} from '../../shared/domain/votes'
import type { ContentIds } from './content-ids'

/**
 * The example session's themes and dot-vote rounds, so a first look shows choosing
 * priorities together. Cards are named by their place in the file's `contributions` (the
 * example's card ids are new each time); themes by title.
 */
const demoThemeSchema = z
  .object({
    screenId: contentIdSchema,
    title: z.string().trim().min(1).max(200),
    /** Indexes into `contributions`; every card must be on the theme's screen. */
    cards: z.array(z.number().int().nonnegative()).min(1)
  })
  .strict()

const demoOptionSchema = z.union([
  z.object({ card: z.number().int().nonnegative() }).strict(),
  z.object({ theme: z.string().trim().min(1) }).strict(),
  z.object({ question: contentIdSchema }).strict()
])
export type DemoVoteOption = z.infer<typeof demoOptionSchema>

/** Dots per option, in the order of `options` (0 for none). */
const dotRow = z.array(
  z
    .number()
    .int()
    .min(0)
    .max(maxPaperPeople * maxDotsPerPerson)
)

const demoRoundSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    dotsPerPerson: dotsPerPersonSchema,
    status: voteRoundStatusSchema,
    options: z.array(demoOptionSchema).min(1).max(maxVoteOptions),
    /** One row per phone that voted: anonymous, as the app stores them. */
    ballots: z.array(dotRow),
    /** The facilitator's count for people without a phone. */
    paper: z.object({ people: z.number().int().min(0).max(maxPaperPeople), dots: dotRow }).strict()
  })
  .strict()
export type DemoVoteRound = z.infer<typeof demoRoundSchema>

export const demoVotingShape = {
  themes: z.array(demoThemeSchema).default([]),
  votes: z.array(demoRoundSchema).default([])
}

interface VotingFile {
  contributions: readonly { screenId: string }[]
  themes: readonly z.infer<typeof demoThemeSchema>[]
  votes: readonly DemoVoteRound[]
}

interface Problem {
  message: string
  path: (string | number)[]
}

function roundProblems(
  round: DemoVoteRound,
  r: number,
  file: VotingFile,
  ids: ContentIds
): Problem[] {
  const problems: Problem[] = []
  const at = (...rest: (string | number)[]) => ['votes', r, ...rest]
  const titles = new Set(file.themes.map((theme) => theme.title))
  round.options.forEach((option, o) => {
    const message =
      'card' in option
        ? option.card >= file.contributions.length
          ? `er is geen bijdrage ${option.card}`
          : null
        : 'theme' in option
          ? titles.has(option.theme)
            ? null
            : `er is geen thema "${option.theme}"`
          : ids.problem('quickscanQuestion', option.question)
    if (message) problems.push({ message, path: at('options', o) })
  })
  const rows = [
    ...round.ballots.map((row, b) => ({
      row,
      path: at('ballots', b),
      budget: round.dotsPerPerson
    })),
    {
      row: round.paper.dots,
      path: at('paper', 'dots'),
      budget: round.paper.people * round.dotsPerPerson
    }
  ]
  for (const { row, path, budget } of rows) {
    const given = row.reduce((sum, dots) => sum + dots, 0)
    if (row.length !== round.options.length) {
      problems.push({ message: `${row.length} getallen voor ${round.options.length} punten`, path })
    } else if (given > budget) {
      problems.push({ message: `${given} stippen, er zijn er ${budget} te verdelen`, path })
    }
  }
  return problems
}

/** What the schema alone cannot check: references to cards, themes and questions; dot budgets. */
export function votingProblems(file: VotingFile, ids: ContentIds): Problem[] {
  const problems: Problem[] = []
  file.themes.forEach((theme, t) => {
    const message = ids.problem('cardScreen', theme.screenId)
    if (message) problems.push({ message, path: ['themes', t, 'screenId'] })
    theme.cards.forEach((card, c) => {
      const screen = file.contributions[card]?.screenId
      if (screen !== theme.screenId) {
        const message = `bijdrage ${card} staat niet op het scherm ${theme.screenId}`
        problems.push({ message, path: ['themes', t, 'cards', c] })
      }
    })
  })
  file.votes.forEach((round, r) => problems.push(...roundProblems(round, r, file, ids)))
  return problems
}
