import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Session, SessionSummary } from '../../../src/shared/domain/session'
import type { Workspace } from '../../../src/shared/domain/workspace'
import { makeTempDir } from '../../helpers/temp-dir'
import { call, callFails, makeTestCore, repoResourcesDir } from '../../helpers/test-core'

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

  it('says so when the file is not JSON', async () => {
    writeFileSync(demoPath(dir.path), '{ "title": ')
    const core = makeTestCore({ resourcesDir: dir.path })
    const error = await callFails(core, 'session.createDemo', {})
    expect(error.message).toMatch(/demo\/demo-session\.json.*geen geldige JSON/)
  })
})
