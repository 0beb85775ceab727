import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { shiftDate } from '../../../src/main/services/demo-history'
import type { ActionReviewItem } from '../../../src/shared/domain/action-plan'
import type { Quickscan } from '../../../src/shared/domain/quickscan'
import { mergeQuickscan } from '../../../src/shared/domain/quickscan-merge'
import type { Session, SessionSummary } from '../../../src/shared/domain/session'
import type { Traject } from '../../../src/shared/domain/traject'
import { tallyVotes } from '../../../src/shared/domain/vote-tally'
import type { CardTheme, VoteRound } from '../../../src/shared/domain/votes'
import type { Workspace } from '../../../src/shared/domain/workspace'
import { makeTempDir } from '../../helpers/temp-dir'
import {
  call,
  callFails,
  makeTestCore,
  repoResourcesDir,
  testContent
} from '../../helpers/test-core'

interface DemoFile {
  contributions: { screenId: string; text: string; participant: string | null }[]
}

const demoPath = (resourcesDir: string) => join(resourcesDir, 'demo', 'demo-session.json')
const demoFile = JSON.parse(readFileSync(demoPath(repoResourcesDir), 'utf8')) as DemoFile

/** The local calendar day of the test clock's first tick, as the demo should date itself. */
function testToday(): string {
  const d = new Date(Date.UTC(2026, 10, 22, 9, 0, 0))
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-')
}

describe('demo session', () => {
  it('creates a filled-in example session dated today, with a team and a focus', async () => {
    const core = makeTestCore()
    const demo = await call<Session>(core, 'session.createDemo', {})
    expect(demo).toMatchObject({
      title: 'Voorbeeldsessie: samenwerken met ouders',
      school: expect.stringMatching(/fictie/),
      date: testToday()
    })
    expect(demo.participants).toHaveLength(6)
    expect(demo.participants.every((p) => p.role !== '')).toBe(true)
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId: demo.id })
    expect(workspace.position).toBe('stap1')
    expect(workspace.focus.length).toBeGreaterThan(0)
  })

  it('has cards on several screens and round-trips them through workspace.get', async () => {
    const core = makeTestCore()
    const demo = await call<Session>(core, 'session.createDemo', {})
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId: demo.id })
    const nameOf = new Map(demo.participants.map((p) => [p.id, p.name]))
    const cards = workspace.contributions.map((c) => ({
      screenId: c.screenId,
      text: c.text,
      participant: c.participantId === null ? null : nameOf.get(c.participantId)
    }))
    const expected = demoFile.contributions.map(({ screenId, text, participant }) => ({
      screenId,
      text,
      participant
    }))
    expect(cards).toEqual(expected)
    expect(new Set(cards.map((c) => c.screenId)).size).toBeGreaterThanOrEqual(5)
    expect(workspace.contributions.filter((c) => c.carryToPlan)).toHaveLength(2)
    expect(new Set(workspace.contributions.map((c) => c.tag)).size).toBeGreaterThan(2)
  })

  it('fills in Stap 2, Stap 3 and a facilitator note', async () => {
    const core = makeTestCore()
    const demo = await call<Session>(core, 'session.createDemo', {})
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId: demo.id })
    expect(workspace.conversationForms.length).toBeGreaterThan(2)
    expect(workspace.agendaElements.some((e) => e.included)).toBe(true)
    expect(workspace.agenda.forWhom).not.toBe('')
    expect(workspace.selfAssessments.every((a) => a.rating !== null)).toBe(true)
    expect(workspace.supportChoices.filter((s) => s.chosen)).toHaveLength(2)
    expect(workspace.notes.length).toBeGreaterThan(0)
  })

  it('creates a new, separate session each time', async () => {
    const core = makeTestCore()
    const first = await call<Session>(core, 'session.createDemo', {})
    const second = await call<Session>(core, 'session.createDemo', {})
    expect(second.id).not.toBe(first.id)
    await call(core, 'session.delete', { id: first.id })
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId: second.id })
    expect(workspace.contributions).toHaveLength(demoFile.contributions.length)
  })

  it('shows choosing priorities: themes of cards and a counted vote round', async () => {
    const core = makeTestCore()
    const demo = await call<Session>(core, 'session.createDemo', {})
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId: demo.id })
    const textOf = new Map(workspace.contributions.map((c) => [c.id, c.text]))
    const themes = await call<CardTheme[]>(core, 'theme.list', { sessionId: demo.id })
    expect(themes.map((t) => [t.screenId, t.title, t.cardIds.map((id) => textOf.get(id))])).toEqual(
      [
        [
          'praktijkvragen',
          'Ouders betrekken bij het leren',
          [demoFile.contributions[0]!.text, demoFile.contributions[2]!.text]
        ],
        [
          'stap1-vraag-1',
          'Vaste momenten van contact',
          [demoFile.contributions[3]!.text, demoFile.contributions[4]!.text]
        ]
      ]
    )
    const [round, ...others] = await call<VoteRound[]>(core, 'vote.list', { sessionId: demo.id })
    expect(others).toEqual([])
    expect(round).toMatchObject({ title: 'Waar beginnen we mee?', status: 'gesloten' })
    expect(round!.options[0]).toMatchObject({ kind: 'theme', refId: themes[0]!.id })
    // Five phones and one person counted on paper; a shared place for the tie at the bottom.
    const tally = tallyVotes(round!)
    expect(round!.ballots).toHaveLength(5)
    expect(round!.paper.people).toBe(1)
    expect(tally.results.map((r) => [r.option.label.slice(0, 20), r.dots, r.rank])).toEqual([
      [demoFile.contributions[16]!.text.slice(0, 20), 7, 1],
      [demoFile.contributions[11]!.text.slice(0, 20), 4, 2],
      ['Ouders betrekken bij', 3, 3],
      [demoFile.contributions[5]!.text.slice(0, 20), 2, 4],
      [demoFile.contributions[1]!.text.slice(0, 20), 1, 5],
      [demoFile.contributions[18]!.text.slice(0, 20), 1, 5]
    ])
  })
})

describe('a broken demo file', () => {
  let dir: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    dir = makeTempDir()
    cpSync(repoResourcesDir, dir.path, { recursive: true })
  })
  afterEach(() => dir.remove())

  function breakDemo(edit: (demo: Record<string, unknown>) => void): void {
    const demo = JSON.parse(readFileSync(demoPath(dir.path), 'utf8')) as Record<string, unknown>
    edit(demo)
    writeFileSync(demoPath(dir.path), JSON.stringify(demo))
  }

  it('names the file and the field, and creates nothing', async () => {
    breakDemo((demo) => ((demo.contributions as { screenId: string }[])[2]!.screenId = 'stap9'))
    const core = makeTestCore({ resourcesDir: dir.path })
    const error = await callFails(core, 'session.createDemo', {})
    expect(error.message).toContain('demo/demo-session.json')
    expect(error.message).toContain('veld "contributions.2.screenId"')
    expect(error.message).toContain('Onbekend scherm: "stap9"')
    expect(await call<SessionSummary[]>(core, 'session.list', {})).toEqual([])
  })

  it('names a card attributed to someone who is not in the team', async () => {
    breakDemo((demo) => ((demo.contributions as { participant: string }[])[0]!.participant = 'X'))
    const core = makeTestCore({ resourcesDir: dir.path })
    const error = await callFails(core, 'session.createDemo', {})
    expect(error.message).toContain('veld "contributions.0.participant"')
  })

  it('names a vote that points at no theme, and a ballot with too many dots', async () => {
    breakDemo((demo) => {
      const [round] = demo.votes as { options: object[]; ballots: number[][] }[]
      round!.options[0] = { theme: 'Bestaat niet' }
      round!.ballots[1] = [3, 0, 0, 1, 0, 0]
    })
    const core = makeTestCore({ resourcesDir: dir.path })
    const error = await callFails(core, 'session.createDemo', {})
    expect(error.message).toContain('veld "votes.0.options.0"')
    expect(error.message).toContain('er is geen thema "Bestaat niet"')
    expect(await call<SessionSummary[]>(core, 'session.list', {})).toEqual([])
  })

  it('names a theme holding a card of another screen', async () => {
    breakDemo((demo) => ((demo.themes as { cards: number[] }[])[0]!.cards = [0, 5]))
    const core = makeTestCore({ resourcesDir: dir.path })
    const error = await callFails(core, 'session.createDemo', {})
    expect(error.message).toContain('veld "themes.0.cards.1"')
  })

  it('says so when the file is not JSON', async () => {
    writeFileSync(demoPath(dir.path), '{ "title": ')
    const core = makeTestCore({ resourcesDir: dir.path })
    const error = await callFails(core, 'session.createDemo', {})
    expect(error.message).toMatch(/demo\/demo-session\.json.*geen geldige JSON/)
  })
})

describe('the example school’s cycle', () => {
  it('has two earlier meetings of the same PO school and team, each with a quickscan of 12', async () => {
    const core = makeTestCore()
    const demo = await call<Session>(core, 'session.createDemo', {})
    expect(demo).toMatchObject({ sector: 'PO' })
    const traject = await call<Traject>(core, 'school.traject', { schoolId: demo.schoolId })
    expect(traject.sessions.map((s) => s.date)).toEqual([
      shiftDate(demo.date, -182),
      shiftDate(demo.date, -91),
      demo.date
    ])
    expect(new Set(traject.sessions.map((s) => s.teamId))).toEqual(new Set([demo.teamId]))
    expect(traject.quickscans.map((q) => [q.respondentCount, q.completedCount])).toEqual([
      [12, 12],
      [12, 12]
    ])
    expect(traject.school.board).toMatch(/fictief/)
  })

  it('has a divided item and a blind spot in the first quickscan', async () => {
    const core = makeTestCore()
    const demo = await call<Session>(core, 'session.createDemo', {})
    const traject = await call<Traject>(core, 'school.traject', { schoolId: demo.schoolId })
    const first = await call<Quickscan>(core, 'quickscan.get', {
      sessionId: traject.quickscans[0]!.sessionId
    })
    const merge = mergeQuickscan(testContent().quickscan, first.respondents)
    const verdicts = (verdict: string) =>
      merge.items.filter((item) => item.verdict === verdict).map((item) => item.questionId)
    expect(verdicts('verdeeld')).toContain('qs-11')
    expect(verdicts('geen-zicht')).toContain('qs-47')
    expect(verdicts('eens').length).toBeGreaterThan(30)
    expect(merge.caution).toBe(false)
  })

  it('reviewed the first plan at the second meeting, and brings the rest to today', async () => {
    const core = makeTestCore()
    const demo = await call<Session>(core, 'session.createDemo', {})
    const traject = await call<Traject>(core, 'school.traject', { schoolId: demo.schoolId })
    expect(traject.actions.map((a) => [a.action.what.split(' ')[0], a.fate])).toEqual([
      ['Koffieochtend', 'loopt-door'],
      ['Welkomstbord', 'klaar'],
      ['Nieuwsbrief', 'vervallen'],
      ['Bij', 'open'],
      ['Positief', 'open'],
      // "bezig" in its own plan: under way, not open.
      ['Startgesprekken', 'loopt-door']
    ])
    expect(traject.actions[2]?.history[0]?.note).toMatch(/schoolapp/)
    const today = await call<ActionReviewItem[]>(core, 'review.list', { sessionId: demo.id })
    expect(today.map((item) => [item.action.what.split(' ')[0], item.overdue])).toEqual([
      ['Koffieochtend', true],
      ['Bij', true],
      ['Positief', true],
      ['Startgesprekken', false]
    ])
    expect(today[0]?.earlier.map((entry) => entry.outcome)).toEqual(['loopt-door'])
  })

  it('adds no second history when the example is made again: it is the next meeting', async () => {
    const core = makeTestCore()
    const first = await call<Session>(core, 'session.createDemo', {})
    const second = await call<Session>(core, 'session.createDemo', {})
    expect(second.teamId).toBe(first.teamId)
    const traject = await call<Traject>(core, 'school.traject', { schoolId: first.schoolId })
    expect(traject.sessions).toHaveLength(4)
    expect(await call<SessionSummary[]>(core, 'school.list', {})).toHaveLength(1)
  })

  it('refuses a history file with an answer too many, naming the field', async () => {
    const temp = makeTempDir()
    const dir = temp.path
    cpSync(repoResourcesDir, dir, { recursive: true })
    const file = join(dir, 'demo', 'demo-history.json')
    const history = JSON.parse(readFileSync(file, 'utf8')) as {
      meetings: { quickscan: { answers: Record<string, string> } }[]
    }
    history.meetings[0]!.quickscan.answers['qs-01'] += ' +'
    writeFileSync(file, JSON.stringify(history))
    const core = makeTestCore({ resourcesDir: dir })
    const error = await callFails(core, 'session.createDemo', {})
    expect(error.code).toBe('unavailable')
    expect(error.message).toMatch(/demo-history\.json.*qs-01.*13 antwoorden voor 12/)
    temp.remove()
  })
})
