import { z } from 'zod'
import { idSchema, isoDateSchema } from './session'

/** Primair, voortgezet, middelbaar beroeps- en speciaal onderwijs. */
export const schoolSectors = ['PO', 'VO', 'MBO', 'SO'] as const
export const schoolSectorSchema = z.enum(schoolSectors)
export type SchoolSector = z.infer<typeof schoolSectorSchema>

const name = z.string().trim().min(1).max(200)

/** What the facilitator fills in. The sector may be unknown (schools from before 0006). */
export const schoolFieldsSchema = z.object({
  name,
  sector: schoolSectorSchema.nullable(),
  /** Schoolbestuur; optional. */
  board: z.string().trim().max(200)
})
export type SchoolFields = z.infer<typeof schoolFieldsSchema>

export const schoolSchema = schoolFieldsSchema.extend({
  id: idSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})
export type School = z.infer<typeof schoolSchema>

export const teamFieldsSchema = z.object({ name })
export type TeamFields = z.infer<typeof teamFieldsSchema>

export const teamSchema = teamFieldsSchema.extend({
  id: idSchema,
  schoolId: idSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})
export type Team = z.infer<typeof teamSchema>

/** A team as the start screen lists it: how often it met, and when last. */
export const teamOverviewSchema = teamSchema.extend({
  sessionCount: z.number().int().nonnegative(),
  lastSessionDate: isoDateSchema.nullable()
})
export type TeamOverview = z.infer<typeof teamOverviewSchema>

export const schoolOverviewSchema = schoolSchema.extend({
  teams: z.array(teamOverviewSchema),
  sessionCount: z.number().int().nonnegative()
})
export type SchoolOverview = z.infer<typeof schoolOverviewSchema>

/**
 * Two schools (or two teams of one school) whose names differ only in case or spacing. They
 * stay apart until the facilitator answers "samenvoegen?": yes merges `other` into `keep`.
 */
export const mergeCandidateSchema = z.object({
  kind: z.enum(['school', 'team']),
  keep: z.object({ id: idSchema, name: z.string(), sessionCount: z.number().int() }),
  other: z.object({ id: idSchema, name: z.string(), sessionCount: z.number().int() }),
  /** The school both teams belong to (for a team candidate), or both schools' names. */
  schoolName: z.string()
})
export type MergeCandidate = z.infer<typeof mergeCandidateSchema>
