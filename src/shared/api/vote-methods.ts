import { z } from 'zod'
import { actionSchema } from '../domain/action-plan'
import { idSchema } from '../domain/session'
import { screenIdSchema } from '../domain/workspace'
import {
  cardThemeSchema,
  dotsPerPersonSchema,
  maxPaperPeople,
  maxVoteOptions,
  paperDotsSchema,
  voteOptionKindSchema,
  voteRoundSchema,
  voteRoundStatusSchema
} from '../domain/votes'

const inSession = z.object({ sessionId: idSchema }).strict()
const themeTitle = cardThemeSchema.shape.title

/** Choosing priorities together: themes of cards, dot-voting rounds, their results as actions. */
export const voteMethods = {
  /**
   * Every round of the session, oldest first. Ballots are numbered, not named: which phone
   * gave which dots stays on the participant server's side.
   */
  'vote.list': { input: inSession, output: z.array(voteRoundSchema) },
  /**
   * Starts a round on the given cards, themes or quickscan items; their texts are copied from
   * the session. Any other open round of the session closes.
   */
  'vote.start': {
    input: z
      .object({
        sessionId: idSchema,
        id: idSchema,
        title: voteRoundSchema.shape.title,
        dotsPerPerson: dotsPerPersonSchema,
        options: z
          .array(z.object({ kind: voteOptionKindSchema, refId: z.string().min(1).max(100) }))
          .min(2)
          .max(maxVoteOptions)
      })
      .strict(),
    output: voteRoundSchema
  },
  /** Opens or closes a round: a closed round takes no more dots. */
  'vote.setStatus': {
    input: z.object({ roundId: idSchema, status: voteRoundStatusSchema }).strict(),
    output: voteRoundSchema
  },
  /** The facilitator's count for people without a phone (replaces the earlier count). */
  'vote.setPaper': {
    input: z
      .object({
        roundId: idSchema,
        people: z.number().int().min(0).max(maxPaperPeople),
        dots: paperDotsSchema
      })
      .strict(),
    output: voteRoundSchema
  },
  /** Removes a round started by mistake, ballots and all. */
  'vote.delete': {
    input: z.object({ roundId: idSchema }).strict(),
    output: z.object({ roundId: idSchema })
  },
  /**
   * The chosen options become actions at the end of the plan, in the order given, each with
   * the reason the renderer worded ("Gekozen met 5 stippen …"). An option whose text is already
   * an action of the plan is skipped, so a repeated call adds nothing twice.
   */
  'vote.toActions': {
    input: z
      .object({
        roundId: idSchema,
        choices: z
          .array(z.object({ optionId: idSchema, why: z.string().trim().max(5_000) }).strict())
          .min(1)
          .max(maxVoteOptions)
      })
      .strict(),
    output: z.array(actionSchema)
  },
  'theme.list': { input: inSession, output: z.array(cardThemeSchema) },
  'theme.create': {
    input: z
      .object({ sessionId: idSchema, id: idSchema, screenId: screenIdSchema, title: themeTitle })
      .strict(),
    output: cardThemeSchema
  },
  'theme.rename': {
    input: z.object({ id: idSchema, title: themeTitle }).strict(),
    output: cardThemeSchema
  },
  /** Ungroups the theme; its cards stay where they are. */
  'theme.delete': {
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ id: idSchema })
  },
  /** Puts a card into a theme of its screen, or (themeId null) out of any theme. */
  'theme.assign': {
    input: z.object({ contributionId: idSchema, themeId: idSchema.nullable() }).strict(),
    output: z.array(cardThemeSchema)
  }
}
