import { z } from 'zod'
import { answerValues } from '../../shared/content/quickscan'
import { contentIdSchema, factorNumberSchema } from '../../shared/content/pack-meta'
import { actionStatusSchema, reviewDecisionSchema } from '../../shared/domain/action-plan'
import { clusterPrioritySchema } from '../../shared/domain/quickscan'
import { schoolSectorSchema } from '../../shared/domain/school'
import { participantSchema } from '../../shared/domain/session'
import type { ContentIds } from './content-ids'

const person = z
  .object({ name: participantSchema.shape.name, role: participantSchema.shape.role })
  .strict()

/** Days are counted back from the day the example is made, so it always looks recent. */
const daysAgo = z.number().int().min(0).max(3_650)

const demoActionSchema = z
  .object({
    /** How this file's reviews refer to the action. */
    key: z.string().min(1).max(40),
    what: z.string().trim().min(1).max(2_000),
    /** One of the meeting's participants, by name. */
    owner: z.string().default(''),
    /** Days after the meeting; absent for no deadline. */
    deadlineDays: z.number().int().min(0).max(730).optional(),
    factor: factorNumberSchema.nullable().default(null),
    firstStep: z.string().max(5_000).default(''),
    successIndicator: z.string().max(5_000).default(''),
    status: actionStatusSchema.default('open')
  })
  .strict()

const demoQuickscanSchema = z
  .object({
    respondents: z
      .array(
        z
          .object({
            name: z.string().trim().max(120),
            role: z.string().trim().max(80),
            mode: z.enum(['laptop', 'papier', 'apparaat'])
          })
          .strict()
      )
      .min(1),
    /** Question id → the respondents' answers in order, separated by spaces (`++ + ? …`). */
    answers: z.record(contentIdSchema, z.string()),
    /** Cluster id → the respondents' grades in order. */
    grades: z.record(contentIdSchema, z.array(z.number().int().min(1).max(10))),
    revealed: z.boolean(),
    priorities: z.array(clusterPrioritySchema.strict())
  })
  .strict()

/**
 * One earlier meeting of the example school. Extension point: later parts of the cycle (such
 * as dot votes) add their own optional field here and one insert step in demo-history.ts.
 */
export const demoMeetingSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    daysAgo,
    facilitator: z.string().trim().max(120),
    participants: z.array(person).min(1),
    quickscan: demoQuickscanSchema.optional(),
    actions: z.array(demoActionSchema),
    /** Decisions about the actions of earlier meetings in this file, by key. */
    reviews: z.array(
      z
        .object({
          action: z.string(),
          outcome: reviewDecisionSchema,
          note: z.string().trim().max(2_000)
        })
        .strict()
    ),
    nextMeeting: z
      .object({ daysAgo, note: z.string().max(2_000) })
      .strict()
      .optional()
  })
  .strict()
export type DemoMeeting = z.infer<typeof demoMeetingSchema>

/** resources/demo/demo-history.json: the example school's sector and its earlier meetings. */
export const demoHistorySchema = z
  .object({
    $comment: z.string().optional(),
    sector: schoolSectorSchema.nullable(),
    board: z.string().trim().max(200),
    meetings: z.array(demoMeetingSchema)
  })
  .strict()
export type DemoHistory = z.infer<typeof demoHistorySchema>

/** The schema plus what needs the content and the file itself: ids, answers, references. */
export function demoHistorySchemaFor(ids: ContentIds) {
  return demoHistorySchema.superRefine((history, ctx) => {
    const keys = new Set<string>()
    history.meetings.forEach((meeting, m) => {
      const path = (...rest: (string | number)[]) => ['meetings', m, ...rest]
      const names = new Set(meeting.participants.map((p) => p.name))
      meeting.actions.forEach((action, a) => {
        if (action.owner && !names.has(action.owner)) {
          const message = `"${action.owner}" staat niet bij participants`
          ctx.addIssue({ code: 'custom', message, path: path('actions', a, 'owner') })
        }
      })
      meeting.reviews.forEach((review, r) => {
        if (!keys.has(review.action)) {
          const message = `"${review.action}" is geen actie van een eerdere bijeenkomst`
          ctx.addIssue({ code: 'custom', message, path: path('reviews', r, 'action') })
        }
      })
      for (const action of meeting.actions) keys.add(action.key)
      const scan = meeting.quickscan
      if (!scan) return
      const count = scan.respondents.length
      for (const [questionId, line] of Object.entries(scan.answers)) {
        const problem = ids.problem('quickscanQuestion', questionId)
        const answers = line.trim().split(/\s+/)
        const wrong = answers.find((a) => !(answerValues as readonly string[]).includes(a))
        const message =
          problem ??
          (answers.length !== count
            ? `${answers.length} antwoorden voor ${count} invullers`
            : wrong && `onbekend antwoord "${wrong}"`)
        if (message) {
          ctx.addIssue({ code: 'custom', message, path: path('quickscan', 'answers', questionId) })
        }
      }
      for (const [clusterId, grades] of Object.entries(scan.grades)) {
        const problem =
          ids.problem('quickscanCluster', clusterId) ??
          (grades.length !== count ? `${grades.length} cijfers voor ${count} invullers` : '')
        if (problem) {
          ctx.addIssue({
            code: 'custom',
            message: problem,
            path: path('quickscan', 'grades', clusterId)
          })
        }
      }
    })
  })
}
