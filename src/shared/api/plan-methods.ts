import { z } from 'zod'
import {
  actionFieldsSchema,
  actionOriginSchema,
  actionReviewItemSchema,
  actionSchema,
  nextMeetingSchema,
  reviewOutcomeSchema
} from '../domain/action-plan'
import { idSchema } from '../domain/session'

const byId = z.object({ id: idSchema }).strict()

/** The action plan, the review of the previous session's actions, and the next meeting. */
export const planMethods = {
  /** The session's actions in priority order. */
  'action.list': {
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.array(actionSchema)
  },
  /**
   * Adds an action at the end of the plan. The renderer picks the id (shown before stored;
   * a retry is a no-op). `origin`/`originRef` record the card, support option or quickscan
   * priority it was made from.
   */
  'action.add': {
    input: z
      .object({
        sessionId: idSchema,
        id: idSchema,
        fields: actionFieldsSchema.strict(),
        origin: actionOriginSchema.default('vrij'),
        originRef: z.string().max(100).nullable().default(null)
      })
      .strict(),
    output: actionSchema
  },
  'action.update': {
    input: z.object({ id: idSchema, patch: actionFieldsSchema.partial().strict() }).strict(),
    output: actionSchema
  },
  /** Deletes in a way `action.restore` can undo. */
  'action.delete': { input: byId, output: actionSchema },
  'action.restore': { input: byId, output: actionSchema },
  /** New priority order; `ids` must be exactly the session's actions. */
  'action.reorder': {
    input: z.object({ sessionId: idSchema, ids: z.array(idSchema).max(5_000) }).strict(),
    output: z.object({ ids: z.array(idSchema) })
  },
  /**
   * Actions of the team's previous session — same school and team, earlier date — that were
   * still open (or bezig), or that this session already reviewed, with the outcome recorded.
   */
  'review.list': {
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.array(actionReviewItemSchema)
  },
  /**
   * Records the outcome for an earlier action: `klaar` marks it done there, `meegenomen` copies
   * it into this session's plan (origin `meegenomen`), `vervallen` drops it. Changing the
   * outcome undoes the previous one's effect.
   */
  'review.set': {
    input: z
      .object({ sessionId: idSchema, actionId: idSchema, outcome: reviewOutcomeSchema.nullable() })
      .strict(),
    output: actionReviewItemSchema
  },
  'session.setNextMeeting': {
    input: z.object({ sessionId: idSchema }).extend(nextMeetingSchema.shape).strict(),
    output: nextMeetingSchema
  },
  'session.getNextMeeting': {
    input: z.object({ sessionId: idSchema }).strict(),
    output: nextMeetingSchema
  }
}
