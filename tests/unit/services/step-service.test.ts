import { describe, expect, it } from 'vitest'
import type { Workspace } from '../../../src/shared/domain/workspace'
import { call, callFails, makeTestCore, sessionWithTeam } from '../../helpers/test-core'

describe('facilitator notes', () => {
  it('stores one note per screen and overwrites it when set again', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    await call(core, 'note.set', { sessionId, screenId: 'stap2', text: 'Eerste versie' })
    await call(core, 'note.set', { sessionId, screenId: 'start', text: 'Welkom' })
    const stored = await call(core, 'note.set', { sessionId, screenId: 'stap2', text: 'Nieuw' })
    expect(stored).toEqual({ screenId: 'stap2', text: 'Nieuw' })
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId })
    expect(workspace.notes).toEqual([
      { screenId: 'start', text: 'Welkom' },
      { screenId: 'stap2', text: 'Nieuw' }
    ])
  })

  it('refuses a note for a screen that does not exist', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const error = await callFails(core, 'note.set', { sessionId, screenId: 'stap9', text: 'x' })
    expect(error).toEqual({ code: 'validation', message: 'Onbekend scherm: "stap9"' })
  })
})

describe('Stap 2', () => {
  it('records how the team uses conversation forms, in the order of the card', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const huisbezoek = { formId: 'gespreksvorm-6', status: 'gewenst', note: 'Nieuwe gezinnen' }
    await call(core, 'conversationForm.set', { sessionId, ...huisbezoek })
    await call(core, 'conversationForm.set', {
      sessionId,
      formId: 'gespreksvorm-1',
      status: 'nu',
      note: ''
    })
    const cleared = await call(core, 'conversationForm.set', {
      sessionId,
      formId: 'gespreksvorm-1',
      status: null,
      note: 'Nog bespreken'
    })
    expect(cleared).toEqual({ formId: 'gespreksvorm-1', status: null, note: 'Nog bespreken' })
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId })
    expect(workspace.conversationForms).toEqual([cleared, huisbezoek])
  })

  it('builds a gespreksagenda from elements and details', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const element = { elementId: 'agenda-element-2', included: true, note: 'Overdracht lezen' }
    expect(await call(core, 'agenda.setElement', { sessionId, ...element })).toEqual(element)
    const details = { forWhom: 'Nieuwe ouders', timing: 'September', notes: '' }
    expect(await call(core, 'agenda.setDetails', { sessionId, ...details })).toEqual(details)
    const changed = { ...details, notes: 'Op één A4' }
    await call(core, 'agenda.setDetails', { sessionId, ...changed })
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId })
    expect(workspace.agendaElements).toEqual([element])
    expect(workspace.agenda).toEqual(changed)
  })

  it('refuses unknown conversation forms and agenda elements, naming them', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const form = await callFails(core, 'conversationForm.set', {
      sessionId,
      formId: 'gespreksvorm-99',
      status: 'nu',
      note: ''
    })
    expect(form).toEqual({
      code: 'validation',
      message: 'Onbekende gespreksvorm: "gespreksvorm-99"'
    })
    const element = await callFails(core, 'agenda.setElement', {
      sessionId,
      elementId: 'gespreksvorm-1',
      included: true,
      note: ''
    })
    expect(element.code).toBe('validation')
    expect(element.message).toContain('"gespreksvorm-1"')
  })
})

describe('Stap 3', () => {
  it('records self-assessments and support choices and changes them when set again', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    await call(core, 'assessment.set', {
      sessionId,
      questionId: 'stap3-vraag-2',
      rating: 2,
      notes: ''
    })
    const first = { questionId: 'stap3-vraag-1', rating: 4, notes: 'Meestal' }
    await call(core, 'assessment.set', { sessionId, ...first })
    const unrated = { questionId: 'stap3-vraag-2', rating: null, notes: 'Twijfel' }
    expect(await call(core, 'assessment.set', { sessionId, ...unrated })).toEqual(unrated)
    const choice = { supportId: 'steun-training', chosen: true, note: 'Voorjaar' }
    expect(await call(core, 'support.set', { sessionId, ...choice })).toEqual(choice)
    const workspace = await call<Workspace>(core, 'workspace.get', { sessionId })
    expect(workspace.selfAssessments).toEqual([first, unrated])
    expect(workspace.supportChoices).toEqual([choice])
  })

  it('refuses Stap 1 questions as Stap 3 questions and unknown support', async () => {
    const core = makeTestCore()
    const { sessionId } = await sessionWithTeam(core)
    const assessment = await callFails(core, 'assessment.set', {
      sessionId,
      questionId: 'stap1-vraag-1',
      rating: 3,
      notes: ''
    })
    expect(assessment.code).toBe('validation')
    expect(assessment.message).toContain('"stap1-vraag-1"')
    const support = await callFails(core, 'support.set', {
      sessionId,
      supportId: 'steun-geld',
      chosen: true,
      note: ''
    })
    expect(support.code).toBe('validation')
    expect(support.message).toContain('"steun-geld"')
  })
})
