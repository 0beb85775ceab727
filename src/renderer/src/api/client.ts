import type { ApiTransport } from '../../../shared/api/contract'
import { apiMethodNames } from '../../../shared/api/methods'
import type { ApiError } from '../../../shared/api/result'
import { currentLocale, translate } from '../i18n'
import { ApiCallError } from './api-call-error'
import type { ApiClient } from './client-types'

export { ApiCallError }
export type { ApiClient }

export function describeApiError(error: ApiError): string {
  return error.reason ? translate(currentLocale())(error.reason, error.params) : error.message
}

/** Turns result values back into resolved data or a thrown ApiCallError, for either transport. */
export function createApiClient(transport: ApiTransport): ApiClient {
  const entries = apiMethodNames.map((method) => {
    const call = transport[method] as (input: unknown) => ReturnType<ApiTransport[typeof method]>
    return [
      method,
      async (input: unknown) => {
        const result = await call(input)
        if (!result.ok) {
          const { code, cause } = result.error
          throw new ApiCallError(code, describeApiError(result.error), cause)
        }
        return result.data
      }
    ]
  })
  return Object.fromEntries(entries) as ApiClient
}
