import type { ApiInput, ApiOutput, ApiTransport } from '../../../shared/api/contract'
import { apiMethodNames, type ApiMethodName } from '../../../shared/api/methods'
import type { ApiError, ApiErrorCode } from '../../../shared/api/result'
import { currentLocale, translate } from '../i18n'

/**
 * A failed call; `message` is worded in the screen's language from the error's key and values
 * (the host's Dutch sentence only when the failure came without a key).
 */
export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'ApiCallError'
  }
}

export function describeApiError(error: ApiError): string {
  return error.reason ? translate(currentLocale())(error.reason, error.params) : error.message
}

export type ApiClient = {
  [M in ApiMethodName]: (input: ApiInput<M>) => Promise<ApiOutput<M>>
}

/** Turns result values back into resolved data or a thrown ApiCallError, for either transport. */
export function createApiClient(transport: ApiTransport): ApiClient {
  const entries = apiMethodNames.map((method) => {
    const call = transport[method] as (input: unknown) => ReturnType<ApiTransport[typeof method]>
    return [
      method,
      async (input: unknown) => {
        const result = await call(input)
        if (!result.ok) throw new ApiCallError(result.error.code, describeApiError(result.error))
        return result.data
      }
    ]
  })
  return Object.fromEntries(entries) as ApiClient
}
