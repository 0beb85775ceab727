import type { z } from 'zod'
import { backupMethods } from './backup-methods'
import { joiningMethods } from './joining-methods'
import type { ApiMethodName } from './methods'
import { planMethods } from './plan-methods'
import { quickscanMethods } from './quickscan-methods'
import { reportMethods } from './report-methods'
import { schoolMethods } from './school-methods'
import type { ApiResult } from './result'
import { sessionMethods } from './session-methods'
import { workspaceMethods } from './workspace-methods'

/**
 * The API contract: each method's input and output schema. Inputs are strict, so an unknown
 * field is a validation error rather than silently dropped.
 */
export const apiContract = {
  ...sessionMethods,
  ...workspaceMethods,
  ...planMethods,
  ...quickscanMethods,
  ...reportMethods,
  ...joiningMethods,
  ...backupMethods,
  ...schoolMethods
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
