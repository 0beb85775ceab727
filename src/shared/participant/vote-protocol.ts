import { z } from 'zod'
import { idSchema } from '../domain/session'
import { allocationSchema, dotsPerPersonSchema } from '../domain/votes'

/** The open round as a phone sees it: the options and this device's own dots, no one else's. */
export const participantVoteSchema = z.object({
  round: z
    .object({
      id: idSchema,
      title: z.string(),
      dotsPerPerson: dotsPerPersonSchema,
      options: z.array(z.object({ id: idSchema, label: z.string() }))
    })
    .nullable(),
  mine: allocationSchema
})
export type ParticipantVote = z.infer<typeof participantVoteSchema>

/** A device's whole ballot; it replaces the one it sent before. */
export const castVoteRequestSchema = z
  .object({ roundId: idSchema, allocation: allocationSchema })
  .strict()
