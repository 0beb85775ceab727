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

export interface SeedOptions {
  screenId?: string
  title?: string
  /** Cards written at the same time (the API is called by this many writers in turn). */
  writers?: number
  text?: (index: number) => string
  /** Leaves the session on `screenId`, so opening it shows the cards. */
  openOnScreen?: boolean
}

/** A session with `count` numbered cards on `screenId`, written four at a time. */
export async function sessionWithCards(
  call: Call,
  count: number,
  options: SeedOptions = {}
): Promise<string> {
  const { screenId = 'stap1-vraag-1', writers = 4, text = (i) => `Kaart ${i + 1}` } = options
  const { id: sessionId } = await call<{ id: string }>('session.create', {
    title: options.title ?? 'Veel kaartjes',
    school: 'De Regenboog',
    team: 'Onderbouw',
    date: '2026-11-22',
    facilitator: 'Mira'
  })
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let i = writer; i < count; i += writers) {
        await call('contribution.add', { sessionId, id: randomUUID(), screenId, text: text(i) })
      }
    })
  )
  if (options.openOnScreen) await call('session.setPosition', { sessionId, screenId })
  return sessionId
}
