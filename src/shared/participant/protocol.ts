import { z } from 'zod'
import { quickscanAnswerSchema } from '../content/quickscan'
import { clusterGradeSchema } from '../domain/quickscan'
import { contributionTextSchema, screenIdSchema } from '../domain/workspace'
import { idSchema } from '../domain/session'

/**
 * The participant server's own small API (not the facilitator's): what a phone on the school
 * network may send and receive. Every request body and response is checked against these.
 *
 * Every /api request must carry `Content-Type: application/json` and the header
 * `X-Samenspel-Deelnemer: 1` (a custom header a cross-site form cannot send); all but
 * /api/join carry `Authorization: Bearer <token>`.
 */
export const participantCsrfHeader = 'x-samenspel-deelnemer'

export const joinRequestSchema = z
  .object({
    code: z.string().trim().min(1).max(20),
    name: z.string().trim().max(120).default('')
  })
  .strict()

export const joinResponseSchema = z.object({
  /** At least 128 random bits, base64url; sent back in the Authorization header, never in a URL. */
  token: z.string().min(22),
  sessionTitle: z.string()
})

/**
 * What the join page may know before joining, without a code: whether a name is required, so
 * the name field says so from the start. Nothing of the session itself.
 */
export const joinInfoSchema = z.object({ nameRequired: z.boolean() }).strict()

/** A screen participants may add cards to, with the question as it is on the projector. */
export const openScreenSchema = z.object({
  screenId: screenIdSchema,
  title: z.string(),
  text: z.string()
})

export const ownContributionSchema = z.object({
  id: idSchema,
  screenId: screenIdSchema,
  text: z.string(),
  /** What became of it: shown, waiting for approval, or hidden by the facilitator. */
  status: z.enum(['zichtbaar', 'wacht', 'verborgen']),
  createdAt: z.iso.datetime()
})

/** What a phone shows besides its own cards: changes when the facilitator steers the meeting. */
export const participantHeaderSchema = z.object({
  sessionTitle: z.string(),
  /** The name given when joining (empty when none). */
  name: z.string(),
  paused: z.boolean(),
  open: z.array(openScreenSchema),
  quickscanOpen: z.boolean(),
  /** A dot-voting round is open: the page offers it. */
  voteOpen: z.boolean().optional()
})

export const participantStateSchema = participantHeaderSchema.extend({
  /** The session's change version this state is of: the phone waits for changes after it. */
  version: z.number().int().nonnegative(),
  /** Only this device's own cards: nothing of anyone else's input. */
  mine: z.array(ownContributionSchema)
})

/** Waits up to `waitMs` for a change after `since` that matters to this device. */
export const stateChangesRequestSchema = z
  .object({
    since: z.number().int().nonnegative(),
    // Below the server's request timeout, with room for a slow network.
    waitMs: z.number().int().min(0).max(10_000)
  })
  .strict()

/** Nothing changed, what changed (own cards by id; the header whole), or the whole state. */
export const stateChangesSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none'), version: z.number().int().nonnegative() }),
  z.object({
    kind: z.literal('delta'),
    version: z.number().int().nonnegative(),
    mine: z.array(ownContributionSchema),
    removedMine: z.array(idSchema),
    header: participantHeaderSchema.optional()
  }),
  z.object({ kind: z.literal('state'), state: participantStateSchema })
])

export const submitContributionSchema = z
  .object({ screenId: screenIdSchema, text: contributionTextSchema.pipe(z.string().max(5_000)) })
  .strict()

export const participantQuickscanSchema = z.object({
  title: z.string(),
  instructions: z.array(z.string()),
  answers: z.array(z.object({ value: quickscanAnswerSchema, label: z.string() })),
  factors: z.array(z.object({ number: z.number().int(), title: z.string() })),
  clusters: z.array(z.object({ id: z.string(), title: z.string() })),
  questions: z.array(z.object({ id: z.string(), factor: z.number().int(), text: z.string() })),
  gradePrompt: z.string(),
  /** This device's own answers so far. */
  mine: z.object({
    answers: z.record(z.string(), quickscanAnswerSchema),
    grades: z.record(z.string(), clusterGradeSchema),
    completed: z.boolean()
  })
})

export const quickscanAnswerRequestSchema = z
  .object({ questionId: z.string().max(20), answer: quickscanAnswerSchema.nullable() })
  .strict()
export const quickscanGradeRequestSchema = z
  .object({ clusterId: z.string().max(60), grade: clusterGradeSchema.nullable() })
  .strict()
export const emptyRequestSchema = z.object({}).strict()

/** Errors the page shows as they are: Dutch, no internals. */
export const participantErrorSchema = z.object({ error: z.string() })

export type ParticipantState = z.infer<typeof participantStateSchema>
export type ParticipantHeader = z.infer<typeof participantHeaderSchema>
export type StateChanges = z.infer<typeof stateChangesSchema>
export type ParticipantQuickscan = z.infer<typeof participantQuickscanSchema>
export type OwnContribution = z.infer<typeof ownContributionSchema>
