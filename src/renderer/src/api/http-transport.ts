import type { ApiTransport } from '../../../shared/api/contract'
import { apiMethodNames } from '../../../shared/api/methods'
import { fail, type ApiResult } from '../../../shared/api/result'

async function post(
  baseUrl: string,
  token: string | null,
  method: string,
  input: unknown
): Promise<ApiResult<unknown>> {
  let response: Response
  try {
    response = await fetch(`${baseUrl}/api/${method}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {})
      },
      body: JSON.stringify(input ?? {})
    })
  } catch {
    return fail('unavailable', 'error.hostUnreachable')
  }
  try {
    return (await response.json()) as ApiResult<unknown>
  } catch {
    return fail('internal', {
      reason: 'error.unexpectedReply',
      params: { status: response.status }
    })
  }
}

/**
 * `token` is asked for on every call (`baseUrl` is empty in the page itself): after the browser host restarts, the facilitator opens
 * its new address in the same tab and the writes still queued go out with the new token.
 */
export function createHttpTransport(token: () => string | null, baseUrl = ''): ApiTransport {
  return Object.fromEntries(
    apiMethodNames.map((method) => [
      method,
      (input: unknown) => post(baseUrl, token(), method, input)
    ])
  ) as ApiTransport
}
