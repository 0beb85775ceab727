import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createRepositories } from '../../../src/main/db/repositories'
import { createSubmissionBatcher } from '../../../src/main/participant/submission-batcher'
import { createContentIds } from '../../../src/main/services/content-ids'
import type { ServiceContext } from '../../../src/main/services/service-context'
import { makeTestDb, sampleDetails, testContent } from '../../helpers/test-core'

function context(): ServiceContext {
  const content = testContent()
  return {
    repos: createRepositories(makeTestDb()),
    content,
    ids: createContentIds(content),
    now: () => new Date().toISOString(),
    newId: randomUUID,
    appVersion: 'test'
  }
}

describe('storing cards that arrive together', () => {
  it('stores them in one go, and a refused card takes none of the others with it', async () => {
    const ctx = context()
    const sessionId = randomUUID()
    ctx.repos.sessions.insert(sessionId, { ...sampleDetails, teamId: null }, ctx.now())
    const batcher = createSubmissionBatcher(ctx)
    const device = { id: randomUUID(), name: 'Sanne' }
    ctx.repos.devices.insert({ ...device, sessionId }, ctx.now())
    const card = (text: string, screenId = 'stap1-vraag-1') =>
      batcher.add({ sessionId, screenId, text, device, held: false })
    const outcomes = await Promise.allSettled([
      card('Eén'),
      card('Op een scherm zonder kaartjes', 'stap2'),
      card('Twee')
    ])
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    const stored = ctx.repos.contributions.listForSession(sessionId)
    expect(stored.map((c) => [c.text, c.position, c.deviceName])).toEqual([
      ['Eén', 0, 'Sanne'],
      ['Twee', 1, 'Sanne']
    ])
  })
})
