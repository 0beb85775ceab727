import { z } from 'zod'
import { contentIdSchema, factorNumberSchema } from '../content/pack-meta'
import { idSchema, isoDateSchema } from './session'

/** `vervallen`: the team decided not to do it (the review records why). */
export const actionStatuses = ['open', 'bezig', 'klaar', 'vervallen'] as const
export const actionStatusSchema = z.enum(actionStatuses)
export type ActionStatus = z.infer<typeof actionStatusSchema>

/** Where an action came from, so the plan can show its origin and the report group by it. */
export const actionOrigins = [
  'vrij',
  'bijdrage',
  'ondersteuning',
  'prioriteit',
  'meegenomen'
] as const
export const actionOriginSchema = z.enum(actionOrigins)
export type ActionOrigin = z.infer<typeof actionOriginSchema>

const text = (max: number) => z.string().trim().max(max)

/** The fields a facilitator fills in; all but `what` may stay empty during the meeting. */
export const actionFieldsSchema = z.object({
  what: text(2_000).min(1),
  /** Why: free text, plus the step/question, success factor and aspect it is linked to. */
  why: text(5_000),
  screenId: contentIdSchema.nullable(),
  factor: factorNumberSchema.nullable(),
  /** An aspect id from the success-factors pack (positieve-attitude, …). */
  aspect: contentIdSchema.nullable(),
  /** Who: a participant of the session, or a name or group typed in. */
  ownerParticipantId: idSchema.nullable(),
  ownerText: text(200),
  deadline: isoDateSchema.nullable(),
  firstStep: text(5_000),
  /** How the team's support (draagvlak) will be won. */
  support: text(5_000),
  /** How we will see that it worked. */
  successIndicator: text(5_000),
  status: actionStatusSchema,
  followUp: isoDateSchema.nullable()
})
export type ActionFields = z.infer<typeof actionFieldsSchema>

export const actionSchema = actionFieldsSchema.extend({
  id: idSchema,
  sessionId: idSchema,
  /** Priority order: 0 is the most important. */
  position: z.number().int().nonnegative(),
  origin: actionOriginSchema,
  /** The card, support option, quickscan priority or earlier action it was made from. */
  originRef: z.string().max(100).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})
export type Action = z.infer<typeof actionSchema>

/**
 * What a later meeting of the team decided about an open action. `klaar` and `vervallen` end
 * it; `loopt-door` (and no decision) bring it back at the team's next meeting. `meegenomen` is
 * what Samenspel before schema 7 recorded: the action was copied into that meeting's plan,
 * which ended the original. It is read, never chosen any more.
 */
export const reviewOutcomes = ['klaar', 'loopt-door', 'vervallen', 'meegenomen'] as const
export const reviewOutcomeSchema = z.enum(reviewOutcomes)
export type ReviewOutcome = z.infer<typeof reviewOutcomeSchema>

/** The outcomes a facilitator can choose today. */
export const reviewDecisions = ['klaar', 'loopt-door', 'vervallen'] as const
export const reviewDecisionSchema = z.enum(reviewDecisions)
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>

/** Why it was dropped (required for `vervallen`), or a remark on the others. */
export const reviewNoteSchema = text(2_000)

/** One meeting's decision about an action, as the action's history shows it. */
export const reviewEntrySchema = z.object({
  sessionId: idSchema,
  sessionTitle: z.string(),
  sessionDate: isoDateSchema,
  outcome: reviewOutcomeSchema,
  note: z.string()
})
export type ReviewEntry = z.infer<typeof reviewEntrySchema>

export const actionReviewItemSchema = z.object({
  action: actionSchema,
  /** The meeting the action was made in. */
  previousSessionTitle: z.string(),
  previousSessionDate: isoDateSchema,
  /** This session's decision, or null while undecided. */
  outcome: reviewOutcomeSchema.nullable(),
  note: z.string(),
  /** Decisions of meetings between the action's own and this one (all `loopt-door`). */
  earlier: z.array(reviewEntrySchema),
  /** Its deadline passed before this meeting's date and it was not done by then. */
  overdue: z.boolean()
})
export type ActionReviewItem = z.infer<typeof actionReviewItemSchema>

export const nextMeetingSchema = z.object({
  date: isoDateSchema.nullable(),
  note: text(2_000)
})
export type NextMeeting = z.infer<typeof nextMeetingSchema>

export function emptyActionFields(what: string): ActionFields {
  return {
    what,
    why: '',
    screenId: null,
    factor: null,
    aspect: null,
    ownerParticipantId: null,
    ownerText: '',
    deadline: null,
    firstStep: '',
    support: '',
    successIndicator: '',
    status: 'open',
    followUp: null
  }
}
