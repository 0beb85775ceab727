import { z } from 'zod'

/** A calendar date as the user picked it, without a time zone: `yyyy-mm-dd`. */
export const isoDateSchema = z.iso.date()

export const idSchema = z.uuid()

const shortText = (max: number) => z.string().trim().max(max)

export const participantRoleSchema = shortText(80)

export const participantSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  name: shortText(120).min(1),
  role: participantRoleSchema,
  position: z.number().int().nonnegative()
})
export type Participant = z.infer<typeof participantSchema>

/**
 * What the facilitator sets for a session. `teamId` is the school's team it belongs to (its
 * school follows from the team); null for a session of nobody in particular.
 */
export const sessionDetailsSchema = z.object({
  title: shortText(200).min(1),
  teamId: idSchema.nullable(),
  date: isoDateSchema,
  facilitator: shortText(120)
})
export type SessionDetails = z.infer<typeof sessionDetailsSchema>

/** Names of a school and team, for callers that have text rather than ids (files, tools). */
export const schoolTeamNamesSchema = z.object({
  school: shortText(200),
  team: shortText(200)
})
export type SchoolTeamNames = z.infer<typeof schoolTeamNamesSchema>

export const sessionSummarySchema = sessionDetailsSchema.extend({
  id: idSchema,
  schoolId: idSchema.nullable(),
  /** The school's and team's names ('' without), so lists and the report need no lookup. */
  school: z.string(),
  team: z.string(),
  /** The school's sector; null when unknown or without a school. */
  sector: z.enum(['PO', 'VO', 'MBO', 'SO']).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  participantCount: z.number().int().nonnegative()
})
export type SessionSummary = z.infer<typeof sessionSummarySchema>

export const sessionSchema = sessionSummarySchema.extend({
  participants: z.array(participantSchema)
})
export type Session = z.infer<typeof sessionSchema>
