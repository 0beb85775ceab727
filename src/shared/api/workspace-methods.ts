import { z } from 'zod'
import { contentIdSchema } from '../content/pack-meta'
import { idSchema } from '../domain/session'
import {
  agendaDetailsSchema,
  agendaElementEntrySchema,
  contributionSchema,
  contributionTagSchema,
  contributionTextSchema,
  conversationFormEntrySchema,
  facilitatorNoteSchema,
  noteTextSchema,
  screenIdSchema,
  selfAssessmentEntrySchema,
  supportChoiceSchema,
  workspaceSchema
} from '../domain/workspace'

const inSession = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ sessionId: idSchema, ...shape }).strict()

/** What a team records while it steps through the Kwaliteitskaart. */
export const workspaceMethods = {
  /** Everything recorded in the session's steps, in one call. */
  'workspace.get': { input: inSession({}), output: workspaceSchema },
  /** Remembers the screen the session is on, so reopening it continues there. */
  'session.setPosition': {
    input: inSession({ screenId: screenIdSchema }),
    output: z.object({ screenId: screenIdSchema })
  },
  /** The practice questions the team chose as its focus (replaces the earlier choice). */
  'session.setFocus': {
    input: inSession({ questionIds: z.array(contentIdSchema).max(50) }),
    output: z.object({ questionIds: z.array(contentIdSchema) })
  },
  /**
   * Adds a card. The renderer picks the id, so the card is on screen before the disk has it,
   * and a retried call cannot add it twice.
   */
  'contribution.add': {
    input: inSession({
      id: idSchema,
      screenId: screenIdSchema,
      text: contributionTextSchema,
      tag: contributionTagSchema.nullable().default(null),
      participantId: idSchema.nullable().default(null)
    }),
    output: contributionSchema
  },
  'contribution.update': {
    input: z
      .object({
        id: idSchema,
        patch: z
          .object({
            text: contributionTextSchema,
            tag: contributionTagSchema.nullable(),
            participantId: idSchema.nullable(),
            carryToPlan: z.boolean(),
            /** Hiding keeps the card but takes it off the projector and out of the report. */
            hidden: z.boolean(),
            /** `false` approves a card a participant sent while moderation was on. */
            held: z.literal(false)
          })
          .partial()
          .strict()
      })
      .strict(),
    output: contributionSchema
  },
  /** Deletes a card in a way `contribution.restore` can undo. */
  'contribution.delete': { input: z.object({ id: idSchema }).strict(), output: contributionSchema },
  'contribution.restore': {
    input: z.object({ id: idSchema }).strict(),
    output: contributionSchema
  },
  /** Puts the cards of one screen in the given order; `ids` must be exactly that screen's cards. */
  'contribution.reorder': {
    input: inSession({ screenId: screenIdSchema, ids: z.array(idSchema).max(10_000) }),
    output: z.object({ ids: z.array(idSchema) })
  },
  /**
   * Merges two cards into one: the target keeps its place and gets the source's text after
   * its own; the source is deleted (restorable like any deleted card).
   */
  'contribution.merge': {
    input: z.object({ targetId: idSchema, sourceId: idSchema }).strict(),
    output: contributionSchema
  },
  /** The facilitator's own notes for a screen, never shown on the projector. */
  'note.set': {
    input: inSession({ screenId: screenIdSchema, text: noteTextSchema }),
    output: facilitatorNoteSchema
  },
  'conversationForm.set': {
    input: inSession(conversationFormEntrySchema.shape),
    output: conversationFormEntrySchema
  },
  'agenda.setElement': {
    input: inSession(agendaElementEntrySchema.shape),
    output: agendaElementEntrySchema
  },
  'agenda.setDetails': { input: inSession(agendaDetailsSchema.shape), output: agendaDetailsSchema },
  'assessment.set': {
    input: inSession(selfAssessmentEntrySchema.shape),
    output: selfAssessmentEntrySchema
  },
  'support.set': { input: inSession(supportChoiceSchema.shape), output: supportChoiceSchema },
  /**
   * Opens the projector window (question and cards only) on a second display. Only the desktop
   * app can; the browser host answers `opened: false` and the renderer opens a browser window.
   */
  'projector.open': { input: inSession({}), output: z.object({ opened: z.boolean() }) },
  /** Closes the desktop app's projector window; `closed: false` when none was open. */
  'projector.close': { input: z.object({}).strict(), output: z.object({ closed: z.boolean() }) }
}
