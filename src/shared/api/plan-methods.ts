import { z } from 'zod'
import {
  actionFieldsSchema,
  actionOriginSchema,
  actionReviewItemSchema,
  actionSchema,
  nextMeetingSchema,
  reviewDecisionSchema,
  reviewEntrySchema,
  reviewNoteSchema
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
   * The open actions of the team's earlier meetings (same team, earlier date) that no meeting
   * since decided `klaar` or `vervallen`, plus those this session already decided, with its
   * decision and the earlier `loopt-door`s. Empty for a session without a team.
   */
  'review.list': {
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.array(actionReviewItemSchema)
  },
  /**
   * Records this meeting's decision on an earlier action: `klaar` marks it done and `vervallen`
   * drops it (a reason is required) in its own plan, which ends its review; `loopt-door` keeps
   * it open, so the team's next meeting reviews it again. Changing or clearing (null) the
   * decision undoes the previous one's effect.
   */
  'review.set': {
    input: z
      .object({
        sessionId: idSchema,
        actionId: idSchema,
        outcome: reviewDecisionSchema.nullable(),
        note: reviewNoteSchema.default('')
      })
      .strict(),
    output: actionReviewItemSchema
  },
  /**
   * What later meetings decided about each of this session's actions, by action id (only
   * actions with a decision): so the first meeting shows what became of its plan.
   */
  'action.fates': {
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.record(idSchema, z.array(reviewEntrySchema))
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
