import { z } from 'zod'
import { contentIdSchema } from '../content/pack-meta'
import { quickscanAnswerSchema } from '../content/quickscan'
import {
  clusterGradeSchema,
  clusterPrioritySchema,
  previousQuickscanSchema,
  quickscanRespondentSchema,
  quickscanSchema,
  respondentModeSchema
} from '../domain/quickscan'
import { idSchema } from '../domain/session'

const inSession = z.object({ sessionId: idSchema }).strict()

/** The quickscan of a session: respondents answer independently, the team discusses the merge. */
export const quickscanMethods = {
  /** The session's quickscan with every respondent's answers, or null when it has none. */
  'quickscan.get': { input: inSession, output: quickscanSchema.nullable() },
  /** Starts the session's quickscan (a no-op returning the existing one if there is one). */
  'quickscan.create': { input: inSession, output: quickscanSchema },
  /** Adds a respondent; an empty name is an anonymous respondent. The renderer picks the id. */
  'quickscan.addRespondent': {
    input: z
      .object({
        sessionId: idSchema,
        id: idSchema,
        name: quickscanRespondentSchema.shape.name.default(''),
        role: quickscanRespondentSchema.shape.role.default(''),
        mode: respondentModeSchema
      })
      .strict(),
    output: quickscanRespondentSchema
  },
  'quickscan.updateRespondent': {
    input: z
      .object({
        id: idSchema,
        patch: z
          .object({
            name: quickscanRespondentSchema.shape.name,
            role: quickscanRespondentSchema.shape.role,
            completed: z.boolean()
          })
          .partial()
          .strict()
      })
      .strict(),
    output: quickscanRespondentSchema
  },
  /** Takes a respondent off the scan; its answers and grades are kept for an undo. */
  'quickscan.removeRespondent': {
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ id: idSchema })
  },
  /** Undoes `quickscan.removeRespondent`: the respondent is back with every answer and grade. */
  'quickscan.restoreRespondent': {
    input: z.object({ id: idSchema }).strict(),
    output: quickscanRespondentSchema
  },
  /** One answer of one respondent; `null` takes the answer back. */
  'quickscan.answer': {
    input: z
      .object({
        respondentId: idSchema,
        questionId: contentIdSchema,
        answer: quickscanAnswerSchema.nullable()
      })
      .strict(),
    output: z.object({
      respondentId: idSchema,
      questionId: contentIdSchema,
      answer: quickscanAnswerSchema.nullable()
    })
  },
  /** A respondent's grade (1–10) for a cluster; `null` takes it back. */
  'quickscan.grade': {
    input: z
      .object({
        respondentId: idSchema,
        clusterId: contentIdSchema,
        grade: clusterGradeSchema.nullable()
      })
      .strict(),
    output: z.object({
      respondentId: idSchema,
      clusterId: contentIdSchema,
      grade: clusterGradeSchema.nullable()
    })
  },
  'quickscan.setRevealed': {
    input: z.object({ sessionId: idSchema, revealed: z.boolean() }).strict(),
    output: z.object({ revealed: z.boolean() })
  },
  /** The team's priority, draagvlak and first step for a cluster. */
  'quickscan.setPriority': {
    input: z.object({ sessionId: idSchema }).extend(clusterPrioritySchema.shape).strict(),
    output: clusterPrioritySchema
  },
  /** The most recent earlier quickscan of the same school (by session date), or null. */
  'quickscan.previous': { input: inSession, output: previousQuickscanSchema.nullable() }
}
