import { z } from 'zod'
import {
  mergeCandidateSchema,
  schoolFieldsSchema,
  schoolOverviewSchema,
  schoolSchema,
  teamFieldsSchema,
  teamOverviewSchema
} from '../domain/school'
import { idSchema, participantRoleSchema, participantSchema } from '../domain/session'
import { trajectSchema } from '../domain/traject'

const empty = z.object({}).strict()
const mergeInput = z
  .object({ kind: z.enum(['school', 'team']), keepId: idSchema, otherId: idSchema })
  .strict()

/** Schools and their teams, the "samenvoegen?" questions, and a school's page. */
export const schoolMethods = {
  /** Every school, alphabetical, with its teams and their meeting counts. */
  'school.list': { input: empty, output: z.array(schoolOverviewSchema) },
  /** A new school; a name that is already taken (ignoring case and spacing) is refused. */
  'school.create': { input: schoolFieldsSchema.strict(), output: schoolSchema },
  'school.update': {
    input: z.object({ id: idSchema, patch: schoolFieldsSchema.partial().strict() }).strict(),
    output: schoolSchema
  },
  /** A new team of the school; a name the school already has is refused. */
  'team.create': {
    input: z.object({ schoolId: idSchema }).extend(teamFieldsSchema.shape).strict(),
    output: teamOverviewSchema
  },
  'team.update': {
    input: z.object({ id: idSchema, patch: teamFieldsSchema.partial().strict() }).strict(),
    output: teamOverviewSchema
  },
  /**
   * Who came to the team's most recent meeting: a new session of the team starts with them
   * (the new-session form shows them first, so one can be left out).
   */
  'team.lastParticipants': {
    input: z.object({ teamId: idSchema }).strict(),
    output: z.array(z.object({ name: participantSchema.shape.name, role: participantRoleSchema }))
  },
  /** Names that differ only in case or spacing, waiting for the facilitator's answer. */
  'school.mergeCandidates': { input: empty, output: z.array(mergeCandidateSchema) },
  /** "Ja, samenvoegen": `other`'s teams and sessions move to `keep`, and `other` goes. */
  'school.merge': { input: mergeInput, output: z.object({ keepId: idSchema }) },
  /** "Nee, apart houden": the question is not asked again. */
  'school.keepApart': { input: mergeInput, output: z.object({ keepId: idSchema }) },
  /** The school's page: meetings, every action with its fate, the quickscans over time. */
  'school.traject': { input: z.object({ schoolId: idSchema }).strict(), output: trajectSchema }
}
