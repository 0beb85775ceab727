import type { ApiInput, ApiOutput } from '../../../shared/api/contract'
import type { ApiMethodName } from '../../../shared/api/methods'

/** Every API method as an async function: resolves with its data, throws ApiCallError. */
export type ApiClient = {
  [M in ApiMethodName]: (input: ApiInput<M>) => Promise<ApiOutput<M>>
}
