import { afterEach, vi } from 'vitest'

/**
 * The phone's preferred languages. happy-dom says en-US; a phone in a Dutch school says nl
 * unless a test sets another with `phoneLanguages`.
 */
let languages: readonly string[] = ['nl-NL']
Object.defineProperty(globalThis.navigator, 'languages', {
  configurable: true,
  get: () => languages
})
export function phoneLanguages(list: readonly string[]): void {
  languages = list
}
afterEach(() => phoneLanguages(['nl-NL']))

export type Handler = (body: unknown) => Response | Promise<Response>

export interface Call {
  method: string
  url: string
  headers: Headers
  body: unknown
}

/** A stand-in for the participant server: answers per "METHOD /path", records every request. */
export function fakeServer(routes: Record<string, Handler>): Call[] {
  const calls: Call[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const method = init?.method ?? 'GET'
      const url = String(input)
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
      calls.push({ method, url, headers: new Headers(init?.headers), body })
      const handler = routes[`${method} ${url}`]
      if (handler) return handler(body)
      // Unless a test says otherwise, the wait for changes waits (nothing changes).
      if (`${method} ${url}` === 'POST /api/state/changes') return new Promise<Response>(() => {})
      return json(404, { error: 'Onbekend adres.' })
    })
  )
  return calls
}

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers }
  })
}
