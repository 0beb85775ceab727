import { describe, expect, it } from 'vitest'
import type {
  MergeCandidate,
  School,
  SchoolOverview,
  Team
} from '../../../src/shared/domain/school'
import type { Session } from '../../../src/shared/domain/session'
import type { Traject } from '../../../src/shared/domain/traject'
import {
  addAction,
  call,
  callFails,
  makeTestCore,
  rowCounts,
  type TestCore
} from '../../helpers/test-core'

async function schoolWithTeam(core: TestCore, name = 'De Regenboog', sector = 'VO') {
  const school = await call<School>(core, 'school.create', { name, sector, board: '' })
  const team = await call<Team>(core, 'team.create', { schoolId: school.id, name: 'Onderbouw' })
  return { school, team }
}

const meeting = (core: TestCore, teamId: string, date: string, extra: object = {}) =>
  call<Session>(core, 'session.create', {
    title: `Bijeenkomst ${date}`,
    teamId,
    date,
    facilitator: 'Mira',
    ...extra
  })

describe('schools and teams', () => {
  it('lists schools with their teams and how often each met', async () => {
    const core = makeTestCore()
    const { school, team } = await schoolWithTeam(core)
    await meeting(core, team.id, '2026-09-01')
    await meeting(core, team.id, '2026-11-22')
    const [listed] = await call<SchoolOverview[]>(core, 'school.list', {})
    expect(listed).toMatchObject({
      id: school.id,
      name: 'De Regenboog',
      sector: 'VO',
      sessionCount: 2,
      teams: [{ id: team.id, name: 'Onderbouw', sessionCount: 2, lastSessionDate: '2026-11-22' }]
    })
  })

  it('gives a session its school and team, sector included', async () => {
    const core = makeTestCore()
    const { school, team } = await schoolWithTeam(core, 'Het Baken', 'PO')
    const session = await meeting(core, team.id, '2026-11-22')
    expect(session).toMatchObject({
      teamId: team.id,
      schoolId: school.id,
      school: 'Het Baken',
      team: 'Onderbouw',
      sector: 'PO'
    })
  })

  it('refuses a school or team name that exists in another spelling, storing nothing', async () => {
    const core = makeTestCore()
    const { school } = await schoolWithTeam(core)
    const before = rowCounts(core.db)
    const twin = await callFails(core, 'school.create', {
      name: '  de  REGENBOOG',
      sector: null,
      board: ''
    })
    // A key with its values, so the caller's screen words it in its own language.
    expect(twin).toMatchObject({
      code: 'validation',
      reason: 'error.schoolNameTaken',
      params: { name: 'De Regenboog' },
      message: 'Er is al een school "De Regenboog". Kies die in de lijst.'
    })
    const twinTeam = await callFails(core, 'team.create', {
      schoolId: school.id,
      name: 'onderbouw'
    })
    expect(twinTeam).toMatchObject({
      code: 'validation',
      reason: 'error.teamNameTaken',
      params: { name: 'Onderbouw' }
    })
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect(await callFails(core, 'team.create', { schoolId: unknown, name: 'X' })).toMatchObject({
      code: 'not_found',
      reason: 'error.schoolNotFound'
    })
    expect(await callFails(core, 'team.lastParticipants', { teamId: unknown })).toMatchObject({
      code: 'not_found',
      reason: 'error.teamNotFound'
    })
    expect(rowCounts(core.db)).toEqual(before)
  })

  it('refuses a team that does not exist when creating a session', async () => {
    const core = makeTestCore()
    const error = await callFails(core, 'session.create', {
      title: 'X',
      teamId: '00000000-0000-4000-8000-000000000000',
      date: '2026-11-22',
      facilitator: ''
    })
    expect(error.code).toBe('not_found')
  })
})

describe('participants of the team', () => {
  it('come along to its next session, and can be edited there only', async () => {
    const core = makeTestCore()
    const { team } = await schoolWithTeam(core)
    const first = await meeting(core, team.id, '2026-09-01')
    for (const [name, role] of [
      ['Anna', 'mentor'],
      ['Bram', 'decaan']
    ]) {
      await call(core, 'participant.add', { sessionId: first.id, name, role })
    }
    expect(await call(core, 'team.lastParticipants', { teamId: team.id })).toEqual([
      { name: 'Anna', role: 'mentor' },
      { name: 'Bram', role: 'decaan' }
    ])
    const second = await meeting(core, team.id, '2026-11-22')
    expect(second.participants.map((p) => [p.name, p.role])).toEqual([
      ['Anna', 'mentor'],
      ['Bram', 'decaan']
    ])
    await call(core, 'participant.remove', { id: second.participants[1]!.id })
    const again = await call<Session>(core, 'session.get', { id: first.id })
    expect(again.participants.map((p) => p.name)).toEqual(['Anna', 'Bram'])
  })

  it('stay behind when the facilitator says so', async () => {
    const core = makeTestCore()
    const { team } = await schoolWithTeam(core)
    const first = await meeting(core, team.id, '2026-09-01')
    await call(core, 'participant.add', { sessionId: first.id, name: 'Anna' })
    const second = await meeting(core, team.id, '2026-11-22', { carryParticipants: false })
    expect(second.participants).toEqual([])
  })
})

describe('samenvoegen?', () => {
  it('keeps a typed variant apart, asks, and merges only on yes', async () => {
    const core = makeTestCore()
    const base = { title: 'T', date: '2026-09-01', facilitator: '' }
    const a = await call<Session>(core, 'session.create', {
      ...base,
      school: 'De Regenboog',
      team: 'Onderbouw'
    })
    const b = await call<Session>(core, 'session.create', {
      ...base,
      date: '2026-11-22',
      school: 'de regenboog',
      team: 'Onderbouw'
    })
    expect(b.schoolId).not.toBe(a.schoolId)
    const [question] = await call<MergeCandidate[]>(core, 'school.mergeCandidates', {})
    expect(question).toMatchObject({
      kind: 'school',
      keep: { id: a.schoolId, name: 'De Regenboog', sessionCount: 1 },
      other: { id: b.schoolId, name: 'de regenboog', sessionCount: 1 }
    })
    await call(core, 'school.merge', {
      kind: 'school',
      keepId: question!.keep.id,
      otherId: question!.other.id
    })
    // Same team name in both: one team now, so the second meeting reviews the first.
    const merged = await call<Session>(core, 'session.get', { id: b.id })
    expect(merged).toMatchObject({ schoolId: a.schoolId, teamId: a.teamId })
    expect(await call(core, 'school.mergeCandidates', {})).toEqual([])
    expect(await call<SchoolOverview[]>(core, 'school.list', {})).toHaveLength(1)
  })

  it('does not ask again after "keep apart", and refuses an answered question', async () => {
    const core = makeTestCore()
    const base = { title: 'T', date: '2026-09-01', facilitator: '', team: 'Onderbouw' }
    await call(core, 'session.create', { ...base, school: 'Het Baken' })
    await call(core, 'session.create', { ...base, school: 'het baken' })
    const [question] = await call<MergeCandidate[]>(core, 'school.mergeCandidates', {})
    const answer = { kind: 'school', keepId: question!.keep.id, otherId: question!.other.id }
    await call(core, 'school.keepApart', answer)
    expect(await call(core, 'school.mergeCandidates', {})).toEqual([])
    expect(await callFails(core, 'school.merge', answer)).toMatchObject({
      code: 'validation',
      reason: 'error.mergeAnswered'
    })
    expect(await call<SchoolOverview[]>(core, 'school.list', {})).toHaveLength(2)
  })

  it('asks about teams of one school that differ only in spelling', async () => {
    const core = makeTestCore()
    const base = { title: 'T', date: '2026-09-01', facilitator: '', school: 'De Regenboog' }
    const a = await call<Session>(core, 'session.create', { ...base, team: 'Onderbouw' })
    const b = await call<Session>(core, 'session.create', { ...base, team: 'ONDERBOUW' })
    const [question] = await call<MergeCandidate[]>(core, 'school.mergeCandidates', {})
    expect(question).toMatchObject({ kind: 'team', schoolName: 'De Regenboog' })
    await call(core, 'school.merge', {
      kind: 'team',
      keepId: question!.keep.id,
      otherId: question!.other.id
    })
    expect((await call<Session>(core, 'session.get', { id: b.id })).teamId).toBe(a.teamId)
  })
})

describe('the school’s page', () => {
  it('shows meetings in time, every action with its fate, overdue ones, and quickscans', async () => {
    let clock = Date.parse('2027-03-01T10:00:00.000Z')
    const core = makeTestCore({ now: () => new Date((clock += 1000)).toISOString() })
    const { school, team } = await schoolWithTeam(core)
    const first = await meeting(core, team.id, '2026-09-01')
    const late = await addAction(core, first.id, 'Koffieochtend', { deadline: '2026-10-01' })
    const done = await addAction(core, first.id, 'Website', { deadline: '2026-10-01' })
    const dropped = await addAction(core, first.id, 'Nieuwsbrief')
    await call(core, 'quickscan.create', { sessionId: first.id })
    for (const name of ['Anna', 'Bram']) {
      await call(core, 'quickscan.addRespondent', {
        sessionId: first.id,
        id: crypto.randomUUID(),
        name,
        role: '',
        mode: 'laptop'
      })
    }
    const second = await meeting(core, team.id, '2026-11-22')
    const decide = (actionId: string, outcome: string, note = '') =>
      call(core, 'review.set', { sessionId: second.id, actionId, outcome, note })
    await decide(late.id, 'loopt-door')
    await decide(done.id, 'klaar')
    await decide(dropped.id, 'vervallen', 'Ouders lezen de app')
    await addAction(core, second.id, 'Ouderpanel')

    const traject = await call<Traject>(core, 'school.traject', { schoolId: school.id })
    expect(traject.sessions.map((s) => [s.id, s.reviewedCount, s.actionCount])).toEqual([
      [first.id, 0, 3],
      [second.id, 3, 1]
    ])
    expect(traject.actions.map((a) => [a.action.what, a.fate, a.overdue])).toEqual([
      ['Koffieochtend', 'loopt-door', true],
      ['Website', 'klaar', false],
      ['Nieuwsbrief', 'vervallen', false],
      ['Ouderpanel', 'open', false]
    ])
    expect(traject.actions[2]?.history[0]).toMatchObject({ note: 'Ouders lezen de app' })
    expect(traject.quickscans).toEqual([
      expect.objectContaining({ sessionId: first.id, respondentCount: 2, completedCount: 0 })
    ])
    expect(traject.today).toBe('2027-03-01')
  })
})
