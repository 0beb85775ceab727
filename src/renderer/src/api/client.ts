import type { ApiInput, ApiOutput, ApiTransport } from '../../../shared/api/contract'
import { apiMethodNames, type ApiMethodName } from '../../../shared/api/methods'
import type { ApiErrorCode, StorageCause } from '../../../shared/api/result'

/** A failed call; `message` is Dutch and can be shown as it is. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** For `storage` errors: what is wrong with the disk or the file. */
    readonly storageCause?: StorageCause
  ) {
    super(message)
    this.name = 'ApiCallError'
  }
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
        if (!result.ok)
          throw new ApiCallError(result.error.code, result.error.message, result.error.cause)
        return result.data
      }
    ]
  })
  return Object.fromEntries(entries) as ApiClient
}
