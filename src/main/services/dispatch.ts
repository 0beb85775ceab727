import { apiContract, type ApiHandlers } from '../../shared/api/contract'
import { isApiMethodName } from '../../shared/api/methods'
import { fail, ok, type ApiResult, type StorageCause } from '../../shared/api/result'
import { describeValidationError, interpreted } from '../../shared/api/validation'
import { storageCauseOf } from '../db/storage-fault'
import { ServiceError } from './service-error'

export type Dispatch = (method: string, rawInput: unknown) => Promise<ApiResult<unknown>>

export interface DispatchOptions {
  /** Where unexpected failures are reported; the user only sees a generic message. */
  logError?: (error: unknown, method: string) => void
  /** Tells what stopped a write (disk full, file read-only, …) beyond SQLite's own code. */
  diagnose?: (error: unknown) => StorageCause | null
}

/**
 * The single entry point for both transports: validation happens here and nowhere else, so
 * IPC and HTTP cannot drift apart.
 */
export function createDispatch(handlers: ApiHandlers, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((error, method) => console.error(`[${method}]`, error))
  const diagnose = options.diagnose ?? storageCauseOf
  return async (method, rawInput) => {
    if (!isApiMethodName(method)) {
      return fail('unknown_method', {
        reason: 'error.unknownMethod',
        params: { method: method.slice(0, 80) }
      })
    }
    const contract = apiContract[method]
    const parsed = contract.input.safeParse(rawInput, interpreted)
    if (!parsed.success) {
      return fail('validation', {
        reason: 'error.invalidInput',
        params: { detail: describeValidationError(parsed.error) }
      })
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown
      const output = await handler(parsed.data)
      const checked = contract.output.safeParse(output, interpreted)
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
      // The log keeps SQLite's or the disk's own words; the user reads the cause in Dutch.
      logError(error, method)
      const cause = diagnose(error)
      if (cause) return fail('storage', `error.storage.${cause}`, cause)
      return fail('internal', 'error.internal')
    }
  }
}
