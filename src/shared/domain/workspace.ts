import { z } from 'zod'
import { contentIdSchema } from '../content/pack-meta'
import { idSchema } from './session'

/** Tags a facilitator puts on a card; shown as "gaat goed", "kan beter", "idee". */
export const contributionTags = ['gaat-goed', 'kan-beter', 'idee'] as const
export const contributionTagSchema = z.enum(contributionTags)
export type ContributionTag = z.infer<typeof contributionTagSchema>

/** A card may hold a whole story; beyond this it is a paste accident, not a contribution. */
export const maxContributionLength = 100_000

export const contributionTextSchema = z.string().trim().min(1).max(maxContributionLength)

/** Screen ids of the session flow (`session-flow.ts`): a content id or an app screen id. */
export const screenIdSchema = contentIdSchema

/** Who typed a card: the facilitator, or a participant on their own device. */
export const contributionOrigins = ['gespreksleider', 'deelnemer'] as const
export const contributionOriginSchema = z.enum(contributionOrigins)

export const contributionSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  /** The flow screen the card was captured on (or a quickscan item being discussed). */
  screenId: screenIdSchema,
  text: z.string(),
  tag: contributionTagSchema.nullable(),
  participantId: idSchema.nullable(),
  /** Marked to be carried into the action plan. */
  carryToPlan: z.boolean(),
  position: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  // The fields below came with participant joining; their defaults keep older session files valid.
  origin: contributionOriginSchema.default('gespreksleider'),
  /** The joined device that sent it, and the name given when joining (if any). */
  deviceId: idSchema.nullable().default(null),
  deviceName: z.string().max(120).nullable().default(null),
  /** Held for the facilitator's approval: not on the projector, not in the report. */
  held: z.boolean().default(false),
  /** Hidden by the facilitator: kept, but not on the projector and not in the report. */
  hidden: z.boolean().default(false),
  /** Who else said this: the names credited on cards merged into this one. */
  mergedFrom: z.array(z.string().max(120)).max(500).default([])
})
export type Contribution = z.infer<typeof contributionSchema>

/** How the team uses one of Stap 2's conversation forms. */
export const conversationFormStatuses = ['nu', 'gewenst', 'niet'] as const
export const conversationFormStatusSchema = z.enum(conversationFormStatuses)
export type ConversationFormStatus = z.infer<typeof conversationFormStatusSchema>

const noteText = z.string().max(20_000)

export const conversationFormEntrySchema = z.object({
  formId: contentIdSchema,
  status: conversationFormStatusSchema.nullable(),
  note: noteText
})
export type ConversationFormEntry = z.infer<typeof conversationFormEntrySchema>

export const agendaElementEntrySchema = z.object({
  elementId: contentIdSchema,
  included: z.boolean(),
  note: noteText
})
export type AgendaElementEntry = z.infer<typeof agendaElementEntrySchema>

/** The team's own gespreksagenda, built from the card's agenda elements. */
export const agendaDetailsSchema = z.object({
  forWhom: noteText,
  timing: noteText,
  notes: noteText
})
export type AgendaDetails = z.infer<typeof agendaDetailsSchema>

/** Stap 3 self-assessment: 1 (nog niet) … 5 (heel goed), or not yet rated. */
export const selfRatingSchema = z.number().int().min(1).max(5)

export const selfAssessmentEntrySchema = z.object({
  questionId: contentIdSchema,
  rating: selfRatingSchema.nullable(),
  notes: noteText
})
export type SelfAssessmentEntry = z.infer<typeof selfAssessmentEntrySchema>

export const supportChoiceSchema = z.object({
  supportId: contentIdSchema,
  chosen: z.boolean(),
  note: noteText
})
export type SupportChoice = z.infer<typeof supportChoiceSchema>

export const facilitatorNoteSchema = z.object({ screenId: screenIdSchema, text: noteText })
export type FacilitatorNote = z.infer<typeof facilitatorNoteSchema>

/** Everything recorded in a session's steps, loaded in one call when the session opens. */
export const workspaceSchema = z.object({
  sessionId: idSchema,
  position: screenIdSchema,
  /** Practice questions the team chose as its focus. */
  focus: z.array(contentIdSchema),
  contributions: z.array(contributionSchema),
  notes: z.array(facilitatorNoteSchema),
  conversationForms: z.array(conversationFormEntrySchema),
  agendaElements: z.array(agendaElementEntrySchema),
  agenda: agendaDetailsSchema,
  selfAssessments: z.array(selfAssessmentEntrySchema),
  supportChoices: z.array(supportChoiceSchema)
})
export type Workspace = z.infer<typeof workspaceSchema>

export { noteText as noteTextSchema }
