import { z } from 'zod'
import { contentIdSchema } from '../content/pack-meta'
import { idSchema } from './session'

/** What the team can vote on: a card, a theme of grouped cards, or a quickscan item. */
export const voteOptionKinds = ['card', 'theme', 'question'] as const
export const voteOptionKindSchema = z.enum(voteOptionKinds)
export type VoteOptionKind = z.infer<typeof voteOptionKindSchema>

export const maxDotsPerPerson = 10
export const maxVoteOptions = 60
/** Enough for a whole school staff counted on paper, few enough to catch a typo like 300. */
export const maxPaperPeople = 200

export const dotsPerPersonSchema = z.number().int().min(1).max(maxDotsPerPerson)

export const voteOptionSchema = z.object({
  id: idSchema,
  kind: voteOptionKindSchema,
  /** The card, theme or question voted on. */
  refId: z.string().min(1).max(100),
  /** The text as it stood when the vote began, so results read the same after edits. */
  label: z.string().trim().min(1).max(2_000),
  position: z.number().int().nonnegative()
})
export type VoteOption = z.infer<typeof voteOptionSchema>

/** Option id → dots a voter put on it (absent: none). */
export const allocationSchema = z.record(idSchema, z.number().int().min(1).max(maxDotsPerPerson))
export type Allocation = z.infer<typeof allocationSchema>

/** The facilitator's count: one option may carry every counted person's dots. */
export const paperDotsSchema = z.record(
  idSchema,
  z
    .number()
    .int()
    .min(1)
    .max(maxPaperPeople * maxDotsPerPerson)
)

export const voteRoundStatuses = ['open', 'gesloten'] as const
export const voteRoundStatusSchema = z.enum(voteRoundStatuses)

export const voteRoundSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  title: z.string().trim().min(1).max(200),
  dotsPerPerson: dotsPerPersonSchema,
  status: voteRoundStatusSchema,
  options: z.array(voteOptionSchema),
  /** Anonymous: who voted is a device id that never leaves the laptop, counted not named. */
  ballots: z.array(z.object({ voterId: z.string().min(1).max(100), allocation: allocationSchema })),
  /** Dots the facilitator counted for people without a phone (stickers on paper, hands). */
  paper: z.object({
    people: z.number().int().min(0).max(maxPaperPeople),
    dots: paperDotsSchema
  }),
  createdAt: z.iso.datetime()
})
export type VoteRound = z.infer<typeof voteRoundSchema>
export type Ballot = VoteRound['ballots'][number]

/** A named group of cards on one screen; the team can vote on it as one. */
export const cardThemeSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  screenId: contentIdSchema,
  title: z.string().trim().min(1).max(200),
  position: z.number().int().nonnegative(),
  cardIds: z.array(idSchema)
})
export type CardTheme = z.infer<typeof cardThemeSchema>
