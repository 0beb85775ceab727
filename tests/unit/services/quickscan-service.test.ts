import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type {
  PreviousQuickscan,
  Quickscan,
  QuickscanRespondent
} from '../../../src/shared/domain/quickscan'
import {
  call,
  callFails,
  makeTestCore,
  missingId,
  teamSessionOn,
  type TestCore
} from '../../helpers/test-core'

async function addRespondent(core: TestCore, sessionId: string, name = '', mode = 'laptop') {
  return call<QuickscanRespondent>(core, 'quickscan.addRespondent', {
    sessionId,
    id: randomUUID(),
    name,
    mode
  })
}

const scanOf = (core: TestCore, sessionId: string) =>
  call<Quickscan | null>(core, 'quickscan.get', { sessionId })

describe('starting a quickscan', () => {
  it('has none at first, and creating twice gives the same quickscan', async () => {
    const core = makeTestCore()
    const session = await teamSessionOn(core, '2026-11-22')
    expect(await scanOf(core, session.id)).toBeNull()
    const first = await call<Quickscan>(core, 'quickscan.create', { sessionId: session.id })
    const second = await call<Quickscan>(core, 'quickscan.create', { sessionId: session.id })
    expect(second).toEqual(first)
    expect(first).toMatchObject({ sessionId: session.id, revealed: false, respondents: [] })
  })

  it('answers not_found for a session that is gone', async () => {
    const core = makeTestCore()
    for (const method of ['quickscan.get', 'quickscan.create', 'quickscan.previous']) {
      expect((await callFails(core, method, { sessionId: missingId })).code).toBe('not_found')
    }
  })
})

describe('respondents and their answers', () => {
  it('keeps respondents in the order they were added, with answers and grades', async () => {
    const core = makeTestCore()
    const { id: sessionId } = await teamSessionOn(core, '2026-11-22')
    const anna = await addRespondent(core, sessionId, 'Anna')
    const anonymous = await addRespondent(core, sessionId, '', 'papier')
    await call(core, 'quickscan.answer', {
      respondentId: anna.id,
      questionId: 'qs-02',
      answer: '-'
    })
    await call(core, 'quickscan.answer', {
      respondentId: anna.id,
      questionId: 'qs-01',
      answer: '++'
    })
    await call(core, 'quickscan.answer', {
      respondentId: anonymous.id,
      questionId: 'qs-01',
      answer: '?'
    })
    await call(core, 'quickscan.grade', { respondentId: anna.id, clusterId: 'relatie', grade: 7 })
    const scan = await scanOf(core, sessionId)
    expect(scan?.respondents.map((r) => [r.name, r.mode])).toEqual([
      ['Anna', 'laptop'],
      ['', 'papier']
    ])
    expect(Object.entries(scan!.respondents[0]!.answers)).toEqual([
      ['qs-01', '++'],
      ['qs-02', '-']
    ])
    expect(scan!.respondents[0]!.grades).toEqual({ relatie: 7 })
    expect(scan!.respondents[1]!.answers).toEqual({ 'qs-01': '?' })
  })

  it('takes an answer or grade back with null, and changes a respondent', async () => {
    const core = makeTestCore()
    const { id: sessionId } = await teamSessionOn(core, '2026-11-22')
    const anna = await addRespondent(core, sessionId, 'Anna')
    await call(core, 'quickscan.answer', {
      respondentId: anna.id,
      questionId: 'qs-01',
      answer: '+'
    })
    await call(core, 'quickscan.grade', { respondentId: anna.id, clusterId: 'relatie', grade: 6 })
    await call(core, 'quickscan.answer', {
      respondentId: anna.id,
      questionId: 'qs-01',
      answer: null
    })
    await call(core, 'quickscan.grade', {
      respondentId: anna.id,
      clusterId: 'relatie',
      grade: null
    })
    const updated = await call<QuickscanRespondent>(core, 'quickscan.updateRespondent', {
      id: anna.id,
      patch: { role: 'mentor', completed: true }
    })
    expect(updated).toMatchObject({ name: 'Anna', role: 'mentor', completed: true })
    expect((await scanOf(core, sessionId))?.respondents).toEqual([
      { ...updated, answers: {}, grades: {} }
    ])
  })

  it('adds a retried respondent once, and refuses a respondent id of another session', async () => {
    const core = makeTestCore()
    const a = await teamSessionOn(core, '2026-11-22')
    const b = await teamSessionOn(core, '2026-11-23')
    const input = { sessionId: a.id, id: randomUUID(), name: 'Anna', mode: 'laptop' }
    const first = await call(core, 'quickscan.addRespondent', input)
    expect(await call(core, 'quickscan.addRespondent', { ...input, name: 'Ander' })).toEqual(first)
    expect((await scanOf(core, a.id))?.respondents).toHaveLength(1)
    const error = await callFails(core, 'quickscan.addRespondent', { ...input, sessionId: b.id })
    expect(error.code).toBe('validation')
    expect(await scanOf(core, b.id)).toBeNull()
  })

  it('removes a respondent, keeping their answers only for an undo', async () => {
    const core = makeTestCore()
    const { id: sessionId } = await teamSessionOn(core, '2026-11-22')
    const anna = await addRespondent(core, sessionId, 'Anna')
    await call(core, 'quickscan.answer', {
      respondentId: anna.id,
      questionId: 'qs-01',
      answer: '+'
    })
    expect(await call(core, 'quickscan.removeRespondent', { id: anna.id })).toEqual({ id: anna.id })
    expect((await scanOf(core, sessionId))?.respondents).toEqual([])
    // Removing again (a retried request) changes nothing; an id never seen is not found.
    expect(await call(core, 'quickscan.removeRespondent', { id: anna.id })).toEqual({ id: anna.id })
    expect((await callFails(core, 'quickscan.removeRespondent', { id: randomUUID() })).code).toBe(
      'not_found'
    )
  })

  it('refuses questions and clusters the scan does not have, naming them', async () => {
    const core = makeTestCore()
    const { id: sessionId } = await teamSessionOn(core, '2026-11-22')
    const anna = await addRespondent(core, sessionId, 'Anna')
    const answer = await callFails(core, 'quickscan.answer', {
      respondentId: anna.id,
      questionId: 'qs-99',
      answer: '+'
    })
    expect(answer).toMatchObject({ code: 'validation', message: expect.stringContaining('qs-99') })
    const grade = await callFails(core, 'quickscan.grade', {
      respondentId: anna.id,
      clusterId: 'stap1',
      grade: 5
    })
    expect(grade).toMatchObject({ code: 'validation', message: expect.stringContaining('stap1') })
    const unknown = await callFails(core, 'quickscan.answer', {
      respondentId: missingId,
      questionId: 'qs-01',
      answer: '+'
    })
    expect(unknown.code).toBe('not_found')
  })

  it('marks the respondent’s own session as changed, and no other', async () => {
    const core = makeTestCore()
    const a = await teamSessionOn(core, '2026-11-22')
    const b = await teamSessionOn(core, '2026-11-23')
    const anna = await addRespondent(core, a.id, 'Anna')
    const get = (id: string) => call<{ updatedAt: string }>(core, 'session.get', { id })
    const [beforeA, beforeB] = [await get(a.id), await get(b.id)]
    await call(core, 'quickscan.answer', {
      respondentId: anna.id,
      questionId: 'qs-01',
      answer: '+'
    })
    expect((await get(a.id)).updatedAt > beforeA.updatedAt).toBe(true)
    expect(await get(b.id)).toEqual(beforeB)
  })
})

describe('revealing and priorities', () => {
  it('reveals the result and keeps the team’s priorities per cluster in the scan’s order', async () => {
    const core = makeTestCore()
    const { id: sessionId } = await teamSessionOn(core, '2026-11-22')
    expect(await call(core, 'quickscan.setRevealed', { sessionId, revealed: true })).toEqual({
      revealed: true
    })
    const relatie = {
      clusterId: 'relatie',
      priority: 'Meer contact',
      support: 'Team',
      firstStep: 'Bellen'
    }
    const attitude = {
      clusterId: 'attitude-en-organisatie',
      priority: 'A',
      support: '',
      firstStep: ''
    }
    await call(core, 'quickscan.setPriority', { sessionId, ...relatie })
    await call(core, 'quickscan.setPriority', { sessionId, ...attitude })
    await call(core, 'quickscan.setPriority', { sessionId, ...relatie, firstStep: 'Mailen' })
    expect(await scanOf(core, sessionId)).toMatchObject({
      revealed: true,
      priorities: [attitude, { ...relatie, firstStep: 'Mailen' }]
    })
    const error = await callFails(core, 'quickscan.setPriority', {
      sessionId,
      ...relatie,
      clusterId: 'x'
    })
    expect(error.code).toBe('validation')
  })
})

describe('the previous quickscan', () => {
  it('is the team’s own most recent earlier scan, even when another team scanned later', async () => {
    const core = makeTestCore()
    const old = await teamSessionOn(core, '2025-11-01')
    const oldRespondent = await addRespondent(core, old.id, 'Oud')
    const otherTeam = await teamSessionOn(core, '2026-06-01', {
      team: 'Bovenbouw',
      school: 'De Regenboog'
    })
    await addRespondent(core, otherTeam.id, 'Andere bouw')
    await teamSessionOn(core, '2026-09-01') // no quickscan
    const otherSchool = await teamSessionOn(core, '2026-10-01', { school: 'De Klimop' })
    await addRespondent(core, otherSchool.id, 'Elders')
    const today = await teamSessionOn(core, '2026-11-22')
    const previous = await call<PreviousQuickscan>(core, 'quickscan.previous', {
      sessionId: today.id
    })
    expect(previous).toMatchObject({ sessionTitle: old.title, sessionDate: '2025-11-01' })
    expect(previous.quickscan.respondents.map((r) => r.id)).toEqual([oldRespondent.id])
    expect(await call(core, 'quickscan.previous', { sessionId: old.id })).toBeNull()
  })

  it('falls back to the school’s most recent earlier scan when the team has none', async () => {
    const core = makeTestCore()
    const otherTeam = await teamSessionOn(core, '2026-06-01', {
      team: 'Bovenbouw',
      school: 'De Regenboog'
    })
    const respondent = await addRespondent(core, otherTeam.id, 'Andere bouw')
    const otherSchool = await teamSessionOn(core, '2026-10-01', { school: 'De Klimop' })
    await addRespondent(core, otherSchool.id, 'Elders')
    const today = await teamSessionOn(core, '2026-11-22')
    const previous = await call<PreviousQuickscan>(core, 'quickscan.previous', {
      sessionId: today.id
    })
    expect(previous).toMatchObject({ sessionTitle: otherTeam.title })
    expect(previous.quickscan.respondents.map((r) => r.id)).toEqual([respondent.id])
  })

  it('is null for a session without a school', async () => {
    const core = makeTestCore()
    const old = await teamSessionOn(core, '2025-11-01', { school: '', team: '' })
    await addRespondent(core, old.id, 'Oud')
    const today = await teamSessionOn(core, '2026-11-22', { school: '', team: '' })
    expect(await call(core, 'quickscan.previous', { sessionId: today.id })).toBeNull()
  })
})
