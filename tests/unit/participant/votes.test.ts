import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { tallyVotes } from '../../../src/shared/domain/vote-tally'
import type { VoteRound } from '../../../src/shared/domain/votes'
import type { ParticipantVote } from '../../../src/shared/participant/vote-protocol'
import { addCard, call, type TestCore } from '../../helpers/test-core'
import { api, joinAs, joiningSession } from './participant-helpers'

async function startRound(core: TestCore, sessionId: string) {
  const cards = [
    await addCard(core, sessionId, 'Koffieochtend'),
    await addCard(core, sessionId, 'Huisbezoek')
  ]
  return call<VoteRound>(core, 'vote.start', {
    sessionId,
    id: randomUUID(),
    title: 'Wat eerst?',
    dotsPerPerson: 3,
    options: cards.map((card) => ({ kind: 'card', refId: card.id }))
  })
}

describe('voting from a phone', () => {
  it('shows the open round and only this phone’s own dots', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    const round = await startRound(core, sessionId)
    const [a, b] = round.options.map((o) => o.id) as [string, string]
    const sanne = await joinAs(port, code, 'Sanne')
    const piet = await joinAs(port, code, 'Piet')
    const cast = (token: string, allocation: Record<string, number>) =>
      api(port, 'POST', '/api/vote/cast', { token, body: { roundId: round.id, allocation } })
    expect((await cast(sanne, { [a]: 2, [b]: 1 })).status).toBe(200)
    expect((await cast(piet, { [b]: 3 })).status).toBe(200)
    const seen = (await api(port, 'GET', '/api/vote', { token: piet })).json() as ParticipantVote
    expect(seen.round?.options.map((o) => o.label)).toEqual(['Koffieochtend', 'Huisbezoek'])
    expect(seen.mine).toEqual({ [b]: 3 })
    const state = (await api(port, 'GET', '/api/state', { token: piet })).json()
    expect(state.voteOpen).toBe(true)
  })

  it('replaces a changed vote, and the facilitator sees numbered ballots, not phones', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    const round = await startRound(core, sessionId)
    const [a, b] = round.options.map((o) => o.id) as [string, string]
    const token = await joinAs(port, code, 'Sanne')
    const cast = (allocation: Record<string, number>) =>
      api(port, 'POST', '/api/vote/cast', { token, body: { roundId: round.id, allocation } })
    await cast({ [a]: 3 })
    await cast({ [b]: 1 })
    const [stored] = await call<VoteRound[]>(core, 'vote.list', { sessionId })
    expect(tallyVotes(stored!).results.map((r) => [r.option.label, r.dots])).toEqual([
      ['Huisbezoek', 1],
      ['Koffieochtend', 0]
    ])
    expect(stored?.ballots).toEqual([{ voterId: '1', allocation: { [b]: 1 } }])
  })

  it('refuses too many dots and a closed round with a message in Dutch', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    const round = await startRound(core, sessionId)
    const [a] = round.options.map((o) => o.id) as [string]
    const token = await joinAs(port, code)
    const tooMany = await api(port, 'POST', '/api/vote/cast', {
      token,
      body: { roundId: round.id, allocation: { [a]: 4 } }
    })
    expect(tooMany.status).toBe(400)
    expect(tooMany.json()).toMatchObject({
      error: 'Dat zijn 4 stippen; er zijn er 3 te verdelen.',
      reason: 'error.voteTooManyDots',
      params: { given: 4, allowed: 3 }
    })
    await call(core, 'vote.setStatus', { roundId: round.id, status: 'gesloten' })
    const late = await api(port, 'POST', '/api/vote/cast', {
      token,
      body: { roundId: round.id, allocation: { [a]: 1 } }
    })
    expect(late.status).toBe(403)
    expect(late.json()).toMatchObject({ reason: 'error.voteRoundClosed' })
    expect(late.json().error).toMatch(/gesloten/)
    const [stored] = await call<VoteRound[]>(core, 'vote.list', { sessionId })
    expect(stored?.ballots).toEqual([])
  })

  it('refuses a ballot that is not JSON of the right shape', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    const round = await startRound(core, sessionId)
    const token = await joinAs(port, code)
    const res = await api(port, 'POST', '/api/vote/cast', {
      token,
      body: { roundId: round.id, allocation: { nope: -1 } }
    })
    expect(res.status).toBe(400)
    expect(res.json().error).toMatch(/^Ongeldig bericht/)
  })
})
