import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Quickscan, QuickscanRespondent } from '../../../src/shared/domain/quickscan'
import {
  addCard,
  makeTestCore,
  rowCounts,
  sessionWithTeam,
  testContent,
  type TestCore
} from '../../helpers/test-core'
import { openTransport, transportNames, type Transport } from '../../helpers/transports'

vi.mock('electron', async () => (await import('../electron/electron-mock')).electronMock)

const open: Transport[] = []
afterEach(async () => {
  for (const transport of open.splice(0)) await transport.close()
})

async function through(name: (typeof transportNames)[number], core: TestCore) {
  const transport = await openTransport(name, core.dispatch)
  open.push(transport)
  return {
    call: async <T>(method: string, input: unknown): Promise<T> => {
      const result = await transport.dispatch(method, input)
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
      return result.data as T
    },
    fails: async (method: string, input: unknown) => {
      const result = await transport.dispatch(method, input)
      if (result.ok) throw new Error(`${method} should have failed`)
      return result.error
    }
  }
}

type Api = Awaited<ReturnType<typeof through>>

/** A respondent who answered all 49 items and graded every cluster, then finished. */
async function completedRespondent(core: TestCore, api: Api, sessionId: string) {
  const respondent = await api.call<QuickscanRespondent>('quickscan.addRespondent', {
    sessionId,
    id: randomUUID(),
    name: 'Femke',
    mode: 'laptop'
  })
  const pack = testContent().quickscan
  for (const question of pack.questions) {
    await api.call('quickscan.answer', {
      respondentId: respondent.id,
      questionId: question.id,
      answer: '+'
    })
  }
  for (const cluster of pack.clusters) {
    await api.call('quickscan.grade', {
      respondentId: respondent.id,
      clusterId: cluster.id,
      grade: 7
    })
  }
  await api.call('quickscan.updateRespondent', { id: respondent.id, patch: { completed: true } })
  return respondent
}

describe.each(transportNames)('deleting a quickscan respondent can be undone (%s)', (name) => {
  it('brings back all 49 answers and the grades, exactly as they were', async () => {
    const core = makeTestCore()
    const api = await through(name, core)
    const { sessionId } = await sessionWithTeam(core)
    const respondent = await completedRespondent(core, api, sessionId)
    const before = await api.call<Quickscan>('quickscan.get', { sessionId })
    const stored = before.respondents.find((r) => r.id === respondent.id)!
    expect(Object.keys(stored.answers)).toHaveLength(49)

    await api.call('quickscan.removeRespondent', { id: respondent.id })
    const gone = await api.call<Quickscan>('quickscan.get', { sessionId })
    expect(gone.respondents).toEqual([])
    // Deleted means out of the scan: no more answers for it.
    const counts = rowCounts(core.db)
    const refused = await api.fails('quickscan.answer', {
      respondentId: respondent.id,
      questionId: 'qs-01',
      answer: '--'
    })
    expect(refused.code).toBe('not_found')
    expect(rowCounts(core.db)).toEqual(counts)

    const back = await api.call<QuickscanRespondent>('quickscan.restoreRespondent', {
      id: respondent.id
    })
    expect(back).toEqual(stored)
    expect(await api.call<Quickscan>('quickscan.get', { sessionId })).toEqual(before)
    // Undo twice is undo once.
    expect(await api.call('quickscan.restoreRespondent', { id: respondent.id })).toEqual(stored)
  })

  it('refuses to bring back what never was, and changes nothing', async () => {
    const core = makeTestCore()
    const api = await through(name, core)
    await sessionWithTeam(core)
    const before = rowCounts(core.db)
    expect((await api.fails('quickscan.restoreRespondent', { id: randomUUID() })).code).toBe(
      'not_found'
    )
    expect((await api.fails('quickscan.restoreRespondent', { id: 'x' })).code).toBe('validation')
    expect(rowCounts(core.db)).toEqual(before)
  })
})

describe.each(transportNames)('removing a participant named on cards (%s)', (name) => {
  it('is refused until the facilitator was told, and the database stays as it was', async () => {
    const core = makeTestCore()
    const api = await through(name, core)
    const { sessionId, annaId, bramId } = await sessionWithTeam(core)
    await addCard(core, sessionId, 'Ouders bellen in september', { participantId: annaId })
    await addCard(core, sessionId, 'Koffieochtend', { participantId: annaId })
    expect(await api.call('participant.credits', { id: annaId })).toEqual({ cards: 2 })
    expect(await api.call('participant.credits', { id: bramId })).toEqual({ cards: 0 })

    const before = rowCounts(core.db)
    const refused = await api.fails('participant.remove', { id: annaId })
    expect(refused.code).toBe('validation')
    expect(refused.message).toBe(
      'Anna staat als naam bij 2 bijdragen. Bevestig eerst dat die bijdragen dan zonder naam verder gaan.'
    )
    expect(rowCounts(core.db)).toEqual(before)

    // Nobody's name on a card: removed at once.
    await api.call('participant.remove', { id: bramId })
    await api.call('participant.remove', { id: annaId, evenIfCredited: true })
    const cards = core.db.prepare('SELECT participant_id FROM contributions').pluck().all()
    expect(cards).toEqual([null, null])
  })
})
