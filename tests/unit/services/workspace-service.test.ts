import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Workspace } from '../../../src/shared/domain/workspace'
import { call, callFails, makeTestCore, missingId, sessionWithTeam } from '../../helpers/test-core'

describe('workspace', () => {
  it('starts a new session at the start screen with nothing recorded', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    expect(await call<Workspace>(core, 'workspace.get', { sessionId })).toEqual({
      sessionId,
      position: 'start',
      focus: [],
      contributions: [],
      notes: [],
      conversationForms: [],
      agendaElements: [],
      agenda: { forWhom: '', timing: '', notes: '' },
      selfAssessments: [],
      supportChoices: []
    })
  })

  it('remembers the screen a session is on, without marking the session as changed', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const before = await call<{ updatedAt: string }>(core, 'session.get', { id: sessionId })
    const result = await call(core, 'session.setPosition', { sessionId, screenId: 'stap1-vraag-3' })
    expect(result).toEqual({ screenId: 'stap1-vraag-3' })
    expect((await call<Workspace>(core, 'workspace.get', { sessionId })).position).toBe(
      'stap1-vraag-3'
    )
    const after = await call<{ updatedAt: string }>(core, 'session.get', { id: sessionId })
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('refuses a position on a screen that does not exist and keeps the old one', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    await call(core, 'session.setPosition', { sessionId, screenId: 'stap2' })
    const error = await callFails(core, 'session.setPosition', { sessionId, screenId: 'stap9' })
    expect(error).toEqual({ code: 'validation', message: 'Onbekend scherm: "stap9"' })
    expect((await call<Workspace>(core, 'workspace.get', { sessionId })).position).toBe('stap2')
  })

  it('keeps the session list shape: no position in a summary', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    await call(core, 'session.setPosition', { sessionId, screenId: 'stap2' })
    const session = await call<object>(core, 'session.get', { id: sessionId })
    expect(session).not.toHaveProperty('position')
  })
})

describe('focus', () => {
  it('replaces the chosen practice questions and returns them in the card order', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    await call(core, 'session.setFocus', { sessionId, questionIds: ['praktijkvraag-2'] })
    const result = await call(core, 'session.setFocus', {
      sessionId,
      questionIds: ['praktijkvraag-3', 'praktijkvraag-1', 'praktijkvraag-3']
    })
    expect(result).toEqual({ questionIds: ['praktijkvraag-1', 'praktijkvraag-3'] })
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId })
    expect(workspace.focus).toEqual(['praktijkvraag-1', 'praktijkvraag-3'])
  })

  it('refuses an unknown practice question and keeps the earlier choice', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    await call(core, 'session.setFocus', { sessionId, questionIds: ['praktijkvraag-2'] })
    const error = await callFails(core, 'session.setFocus', {
      sessionId,
      questionIds: ['praktijkvraag-1', 'praktijkvraag-9']
    })
    expect(error.code).toBe('validation')
    expect(error.message).toContain('"praktijkvraag-9"')
    expect((await call<Workspace>(core, 'workspace.get', { sessionId })).focus).toEqual([
      'praktijkvraag-2'
    ])
  })
})

/** A valid call of every method that names a session, for a session that does not exist. */
const callsOnMissingSession: [string, object][] = [
  ['workspace.get', {}],
  ['session.setPosition', { screenId: 'stap1' }],
  ['session.setFocus', { questionIds: ['praktijkvraag-1'] }],
  ['contribution.add', { id: randomUUID(), screenId: 'stap1-vraag-1', text: 'x' }],
  ['contribution.reorder', { screenId: 'stap1-vraag-1', ids: [] }],
  ['note.set', { screenId: 'stap1', text: 'x' }],
  ['conversationForm.set', { formId: 'gespreksvorm-1', status: 'nu', note: '' }],
  ['agenda.setElement', { elementId: 'agenda-element-1', included: true, note: '' }],
  ['agenda.setDetails', { forWhom: '', timing: '', notes: '' }],
  ['assessment.set', { questionId: 'stap3-vraag-1', rating: 3, notes: '' }],
  ['support.set', { supportId: 'steun-training', chosen: true, note: '' }],
  ['projector.open', {}]
]

describe('a session that does not exist', () => {
  it.each(callsOnMissingSession)('%s answers not_found in Dutch', async (method, input) => {
    const core = makeTestCore()
    const error = await callFails(core, method, { sessionId: missingId, ...input })
    expect(error.code).toBe('not_found')
    expect(error.message).toMatch(/bestaat niet/)
  })

  it('leaves nothing behind when a session is deleted', async () => {
    const core = makeTestCore()
    const demo = await call<{ id: string }>(core, 'session.createDemo', {})
    await call(core, 'session.delete', { id: demo.id })
    const tables = core.db
      // Schools and teams outlive their sessions: the next meeting of the team needs them.
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table'
         AND name NOT IN ('sessions', 'schools', 'teams', 'merge_candidates')`
      )
      .pluck()
      .all() as string[]
    for (const table of tables) {
      expect(core.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0)
    }
    expect((await callFails(core, 'workspace.get', { sessionId: demo.id })).code).toBe('not_found')
  })
})
