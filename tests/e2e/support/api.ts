import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'

/**
 * Calls the browser host's API from inside the page, with the page's own token and origin,
 * the way the app does: for setting up many cards or a filled-in quickscan quickly.
 */
export async function callApi<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${sessionStorage.getItem('samenspel.token') ?? ''}`
        },
        body: JSON.stringify(input)
      })
      return (await response.json()) as { ok: boolean; data?: unknown; error?: unknown }
    },
    { method, input }
  )
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`)
  return result.data as T
}

/** Ideas typed by the facilitator on a screen (Stap 1's first question unless told). */
export async function addIdeas(
  page: Page,
  sessionId: string,
  texts: readonly string[],
  screenId = 'stap1-vraag-1'
): Promise<void> {
  for (const text of texts) {
    await callApi(page, 'contribution.add', {
      sessionId,
      id: randomUUID(),
      screenId,
      text,
      tag: 'idee',
      participantId: null
    })
  }
}
