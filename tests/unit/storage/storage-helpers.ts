import { randomUUID } from 'node:crypto'
import { openAppCore, type AppCore } from '../../../src/main/core'
import { repoResourcesDir } from '../../helpers/test-core'

/** The app's core over a real data directory, as both hosts open it. */
export function openCore(dataDir: string): AppCore {
  return openAppCore({
    dataDir,
    host: 'browser',
    version: '0.0.0-test',
    resourcesDir: repoResourcesDir
  })
}

/** Calls a method and returns its data; a failed call fails the test with its message. */
export async function call<T>(core: AppCore, method: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.data as T
}

/** Calls a method that should fail and returns its error. */
export async function callFails(core: AppCore, method: string, input: unknown) {
  const result = await core.dispatch(method, input)
  if (result.ok) throw new Error(`${method} should have failed`)
  return result.error
}

export async function createSession(core: AppCore, title = 'Teamsessie ouders'): Promise<string> {
  const details = { title, school: 'De Regenboog', team: '', date: '2026-11-22', facilitator: '' }
  return (await call<{ id: string }>(core, 'session.create', details)).id
}

export async function addCards(core: AppCore, sessionId: string, texts: readonly string[]) {
  for (const text of texts) {
    const card = { sessionId, id: randomUUID(), screenId: 'stap1-vraag-1', text }
    await call(core, 'contribution.add', card)
  }
}

/** The texts of the session's cards, read through the services as the renderer would. */
export async function cardTexts(core: AppCore, sessionId: string): Promise<string[]> {
  const workspace = await call<{ contributions: { text: string }[] }>(core, 'workspace.get', {
    sessionId
  })
  return workspace.contributions.map((card) => card.text)
}
