import { apiContract, type ApiHandlers } from '../../shared/api/contract'
import { isApiMethodName } from '../../shared/api/methods'
import { fail, ok, type ApiResult } from '../../shared/api/result'
import { describeValidationError } from '../../shared/api/validation'
import { ServiceError } from './service-error'

export type Dispatch = (method: string, rawInput: unknown) => Promise<ApiResult<unknown>>

export interface DispatchOptions {
  /** Where unexpected failures are reported; the user only sees a generic message. */
  logError?: (error: unknown, method: string) => void
}

/**
 * The single entry point for both transports: validation happens here and nowhere else, so
 * IPC and HTTP cannot drift apart.
 */
export function createDispatch(handlers: ApiHandlers, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((error, method) => console.error(`[${method}]`, error))
  return async (method, rawInput) => {
    if (!isApiMethodName(method)) {
      return fail('unknown_method', {
        reason: 'error.unknownMethod',
        params: { method: method.slice(0, 80) }
      })
    }
    const contract = apiContract[method]
    const parsed = contract.input.safeParse(rawInput)
    if (!parsed.success) {
      return fail('validation', {
        reason: 'error.invalidInput',
        params: { detail: describeValidationError(parsed.error) }
      })
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown
      const output = await handler(parsed.data)
      const checked = contract.output.safeParse(output)
      if (!checked.success) {
        logError(checked.error, method)
        return fail('internal', 'error.internal')
      }
      return ok(checked.data)
    } catch (error) {
      if (error instanceof ServiceError) {
        return {
          ok: false,
          error: {
            code: error.code,
            message: error.message,
            ...(error.reason ? { reason: error.reason } : {}),
            ...(error.params ? { params: error.params } : {})
          }
        }
      }
      logError(error, method)
      return fail('internal', 'error.internal')
    }
  }
}
