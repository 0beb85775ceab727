import { z } from 'zod'
import { idSchema } from './session'
import { contributionSchema, workspaceSchema } from './workspace'

/** What a session's change touched besides its cards (see the change notifier). */
export const changePartSchema = z.enum([
  'session',
  'workspace',
  'actions',
  'quickscan',
  'joining',
  'votes',
  'themes',
  'other'
])
export type ChangePart = z.infer<typeof changePartSchema>

/** The Stap 1–3 answers besides cards: small, so they come whole when one of them changed. */
export const workspaceAnswersSchema = workspaceSchema.omit({
  sessionId: true,
  contributions: true
})
export type WorkspaceAnswers = z.infer<typeof workspaceAnswersSchema>

/**
 * What changed in a session after the version a screen has: nothing (the wait timed out),
 * a delta, or "reload everything" when the screen is too far behind for a delta.
 */
export const sessionChangesSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('reload') }),
  z.object({
    kind: z.literal('delta'),
    /** Added or changed cards, as stored now. */
    cards: z.array(contributionSchema),
    /** Cards deleted (or no longer in this session). */
    removedCards: z.array(idSchema),
    /** Present only when one of them changed. */
    answers: workspaceAnswersSchema.optional(),
    /** The other parts that changed: their stores fetch them again (each is small). */
    parts: z.array(changePartSchema)
  })
])
export type SessionChanges = z.infer<typeof sessionChangesSchema>
