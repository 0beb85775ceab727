import type { ApiTransport } from '../../../shared/api/contract'
import { apiMethodNames } from '../../../shared/api/methods'
import { fail, type ApiResult } from '../../../shared/api/result'

const tokenKey = 'samenspel.token'

/**
 * The browser host prints its address with the token in the fragment (never sent to a
 * server). Keep it for this tab and take it out of the address bar.
 */
export function takeTokenFromLocation(location: Location, storage: Storage): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash)
  if (match?.[1]) {
    storage.setItem(tokenKey, match[1])
    history.replaceState(null, '', location.pathname + location.search)
  }
  return storage.getItem(tokenKey)
}

async function post(
  token: string | null,
  method: string,
  input: unknown
): Promise<ApiResult<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${method}`, {
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
 * `token` is asked for on every call: after the browser host restarts, the facilitator opens
 * its new address in the same tab and the writes still queued go out with the new token.
 */
export function createHttpTransport(token: () => string | null): ApiTransport {
  return Object.fromEntries(
    apiMethodNames.map((method) => [method, (input: unknown) => post(token(), method, input)])
  ) as ApiTransport
}
