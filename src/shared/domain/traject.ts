import { z } from 'zod'
import { actionSchema, reviewEntrySchema } from './action-plan'
import { schoolSchema, teamOverviewSchema } from './school'
import { idSchema, isoDateSchema } from './session'

/** One meeting on a school's page. */
export const trajectSessionSchema = z.object({
  id: idSchema,
  title: z.string(),
  date: isoDateSchema,
  teamId: idSchema,
  teamName: z.string(),
  participantCount: z.number().int().nonnegative(),
  actionCount: z.number().int().nonnegative(),
  /** How many earlier actions this meeting reviewed (made a decision about). */
  reviewedCount: z.number().int().nonnegative()
})
export type TrajectSession = z.infer<typeof trajectSessionSchema>

export const actionFateSchema = z.enum(['open', 'loopt-door', 'klaar', 'vervallen', 'meegenomen'])

/** An action of any of the school's meetings, with what became of it since. */
export const trajectActionSchema = z.object({
  action: actionSchema,
  sessionTitle: z.string(),
  sessionDate: isoDateSchema,
  teamId: idSchema,
  teamName: z.string(),
  /** The owner's name: the participant's, or the text typed in. */
  owner: z.string(),
  fate: actionFateSchema,
  /** Every later meeting's decision, the earliest first. */
  history: z.array(reviewEntrySchema),
  /** Its deadline has passed (today) and it is neither done nor dropped. */
  overdue: z.boolean()
})
export type TrajectAction = z.infer<typeof trajectActionSchema>

/** A quickscan of one of the school's meetings: when, and how many answered. */
export const trajectQuickscanSchema = z.object({
  sessionId: idSchema,
  sessionTitle: z.string(),
  date: isoDateSchema,
  teamId: idSchema,
  teamName: z.string(),
  respondentCount: z.number().int().nonnegative(),
  completedCount: z.number().int().nonnegative()
})
export type TrajectQuickscan = z.infer<typeof trajectQuickscanSchema>

/** A school's improvement cycle on one page: its meetings, actions and quickscans in time. */
export const trajectSchema = z.object({
  school: schoolSchema,
  teams: z.array(teamOverviewSchema),
  sessions: z.array(trajectSessionSchema),
  actions: z.array(trajectActionSchema),
  quickscans: z.array(trajectQuickscanSchema),
  /** The date overdue was judged against (the laptop's today). */
  today: isoDateSchema
})
export type Traject = z.infer<typeof trajectSchema>
