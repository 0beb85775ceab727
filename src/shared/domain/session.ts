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

export const sessionDetailsSchema = z.object({
  title: shortText(200).min(1),
  school: shortText(200),
  team: shortText(200),
  date: isoDateSchema,
  facilitator: shortText(120)
})
export type SessionDetails = z.infer<typeof sessionDetailsSchema>

export const sessionSummarySchema = sessionDetailsSchema.extend({
  id: idSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  participantCount: z.number().int().nonnegative()
})
export type SessionSummary = z.infer<typeof sessionSummarySchema>

export const sessionSchema = sessionSummarySchema.extend({
  participants: z.array(participantSchema)
})
export type Session = z.infer<typeof sessionSchema>
