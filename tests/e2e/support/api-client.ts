import { randomUUID } from 'node:crypto'
import type { ApiResult } from '../../../src/shared/api/result'
import type { RunningHost } from './browser-host'

export type Call = <T>(method: string, input: unknown) => Promise<T>

/** The browser host's HTTP API as the renderer uses it: bearer token, JSON in, `{ ok, data }`. */
export function apiClient(host: RunningHost): Call {
  const token = /#token=([\w-]+)/.exec(host.url)?.[1]
  if (!token) throw new Error(`no token in ${host.url}`)
  return async <T>(method: string, input: unknown): Promise<T> => {
    const response = await fetch(`${host.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input)
    })
    const result = (await response.json()) as ApiResult<T>
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
    return result.data
  }
}

/** A session with `count` numbered cards on `screenId`, written four at a time. */
export async function sessionWithCards(
  call: Call,
  count: number,
  screenId = 'stap1-vraag-1'
): Promise<string> {
  const { id: sessionId } = await call<{ id: string }>('session.create', {
    title: 'Veel kaartjes',
    school: 'De Regenboog',
    team: 'Onderbouw',
    date: '2026-11-22',
    facilitator: 'Mira'
  })
  const writers = 4
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let i = writer; i < count; i += writers) {
        const text = `Kaart ${i + 1}`
        await call('contribution.add', { sessionId, id: randomUUID(), screenId, text })
      }
    })
  )
  return sessionId
}
