import { z } from 'zod'
import {
  idSchema,
  participantSchema,
  participantRoleSchema,
  sessionDetailsSchema,
  sessionSchema,
  sessionSummarySchema
} from '../domain/session'
import type { ApiMethodName } from './methods'
import type { ApiResult } from './result'

const empty = z.object({}).strict()
const byId = z.object({ id: idSchema }).strict()

/**
 * The API contract: each method's input and output schema. Inputs are strict, so an unknown
 * field is a validation error rather than silently dropped.
 */
export const apiContract = {
  /** Which host serves the app, its version and where it keeps its data. */
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      host: z.enum(['electron', 'browser']),
      dataDir: z.string()
    })
  },
  /** All sessions, newest first (by date, then by creation). */
  'session.list': { input: empty, output: z.array(sessionSummarySchema) },
  /** One session with its participants. */
  'session.get': { input: byId, output: sessionSchema },
  'session.create': { input: sessionDetailsSchema.strict(), output: sessionSchema },
  /** Changes only the given details; renaming is an update of `title`. */
  'session.update': {
    input: z.object({ id: idSchema, patch: sessionDetailsSchema.partial().strict() }).strict(),
    output: sessionSchema
  },
  /** Deletes the session and everything recorded in it. */
  'session.delete': { input: byId, output: byId },
  'participant.add': {
    input: z
      .object({
        sessionId: idSchema,
        name: participantSchema.shape.name,
        role: participantRoleSchema.default('')
      })
      .strict(),
    output: participantSchema
  },
  'participant.update': {
    input: z
      .object({
        id: idSchema,
        patch: z
          .object({ name: participantSchema.shape.name, role: participantRoleSchema })
          .partial()
          .strict()
      })
      .strict(),
    output: participantSchema
  },
  'participant.remove': { input: byId, output: byId }
} satisfies Record<ApiMethodName, { input: z.ZodType; output: z.ZodType }>

type Contract = typeof apiContract

export type ApiInput<M extends ApiMethodName> = z.input<Contract[M]['input']>
export type ApiParsedInput<M extends ApiMethodName> = z.output<Contract[M]['input']>
export type ApiOutput<M extends ApiMethodName> = z.output<Contract[M]['output']>

/** What the services implement: parsed input in, output (or a thrown ServiceError) out. */
export type ApiHandlers = {
  [M in ApiMethodName]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>
}

/** What a transport gives the renderer: every method, results as values. */
export type ApiTransport = {
  [M in ApiMethodName]: (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>
}
