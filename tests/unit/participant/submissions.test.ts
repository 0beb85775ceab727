import { describe, expect, it } from 'vitest'
import type { Quickscan } from '../../../src/shared/domain/quickscan'
import type { Contribution, Workspace } from '../../../src/shared/domain/workspace'
import type { ParticipantState } from '../../../src/shared/participant/protocol'
import { call } from '../../helpers/test-core'
import { api, joinAs, joiningSession, submit } from './participant-helpers'

async function cards(core: Parameters<typeof call>[0], sessionId: string) {
  return (await call<Workspace>(core, 'workspace.get', { sessionId })).contributions
}

describe('cards sent from a device', () => {
  it('land on the open screen as the participant’s, visible when moderation is off', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    const token = await joinAs(port, code, 'Sanne')
    const res = await submit(port, token, '  Ouders vaker uitnodigen  ')
    expect(res.status).toBe(200)
    expect(res.json()).toMatchObject({ text: 'Ouders vaker uitnodigen', status: 'zichtbaar' })
    const [card] = await cards(core, sessionId)
    expect(card).toMatchObject<Partial<Contribution>>({
      screenId: 'stap1-vraag-1',
      text: 'Ouders vaker uitnodigen',
      origin: 'deelnemer',
      deviceName: 'Sanne',
      participantId: null,
      held: false,
      hidden: false
    })
  })

  it('wait for approval when moderation is on, and show once approved', async () => {
    const { core, port, code, sessionId } = await joiningSession({ moderation: true })
    const token = await joinAs(port, code)
    expect((await submit(port, token, 'Eerst nakijken')).json()).toMatchObject({ status: 'wacht' })
    const [card] = await cards(core, sessionId)
    expect(card).toMatchObject({ held: true, origin: 'deelnemer' })
    await call(core, 'contribution.update', { id: card!.id, patch: { held: false } })
    await call(core, 'contribution.update', { id: card!.id, patch: { hidden: true } })
    const state = (await api(port, 'GET', '/api/state', { token })).json() as ParticipantState
    expect(state.mine.map((c) => c.status)).toEqual(['verborgen'])
  })

  it('go only to a screen that is open', async () => {
    const { core, port, code, sessionId } = await joiningSession({}, { position: 'stap2' })
    const token = await joinAs(port, code)
    const state = (await api(port, 'GET', '/api/state', { token })).json() as ParticipantState
    expect(state.open).toEqual([])
    expect((await submit(port, token, 'Te vroeg', 'stap1-vraag-1')).status).toBe(403)
    await call(core, 'joining.update', { sessionId, openScreenIds: ['stap1-vraag-2', 'afronding'] })
    const opened = (await api(port, 'GET', '/api/state', { token })).json() as ParticipantState
    expect(opened.open.map((s) => [s.screenId, s.title])).toEqual([
      ['stap1-vraag-2', 'Stap 1: Bespreek je visie op samenwerking met ouders'],
      ['afronding', 'Afronding']
    ])
    expect(opened.open[1]?.text).toBe('Afspraken')
    expect((await submit(port, token, 'Nu wel', 'stap1-vraag-2')).status).toBe(200)
    expect((await submit(port, token, 'Hier niet', 'stap1-vraag-1')).status).toBe(403)
    expect((await cards(core, sessionId)).map((c) => c.text)).toEqual(['Nu wel'])
  })

  it('can go to a Stap 2 screen the session is on, named with its step', async () => {
    const { core, port, code, sessionId } = await joiningSession(
      {},
      { position: 'stap2-gespreksvormen' }
    )
    const token = await joinAs(port, code)
    const state = (await api(port, 'GET', '/api/state', { token })).json() as ParticipantState
    expect(state.open.map((s) => s.screenId)).toEqual(['stap2-gespreksvormen'])
    expect(state.open[0]?.title).toMatch(/^Stap 2: /)
    const sent = await submit(
      port,
      token,
      'Huisbezoek helpt bij nieuwe ouders',
      'stap2-gespreksvormen'
    )
    expect(sent.status).toBe(200)
    expect((await cards(core, sessionId)).map((c) => c.screenId)).toEqual(['stap2-gespreksvormen'])
  })

  it('show each device only its own cards', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    const anna = await joinAs(port, code, 'Anna')
    const bram = await joinAs(port, code, 'Bram')
    await submit(port, anna, 'Van Anna')
    await submit(port, bram, 'Van Bram')
    await call(core, 'contribution.add', {
      sessionId,
      id: crypto.randomUUID(),
      screenId: 'stap1-vraag-1',
      text: 'Van de gespreksleider'
    })
    const annaState = (await api(port, 'GET', '/api/state', { token: anna })).json()
    const bramState = (await api(port, 'GET', '/api/state', { token: bram })).json()
    expect((annaState as ParticipantState).mine.map((c) => c.text)).toEqual(['Van Anna'])
    expect((bramState as ParticipantState).mine.map((c) => c.text)).toEqual(['Van Bram'])
    expect(JSON.stringify(annaState)).not.toContain('Bram')
    expect(JSON.stringify(annaState)).not.toContain('gespreksleider')
  })

  it('wake the facilitator’s session.waitForChange', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    const token = await joinAs(port, code)
    const { version } = await call<{ version: number }>(core, 'session.waitForChange', {
      sessionId,
      version: 0,
      timeoutMs: 0
    })
    // Far longer than the test may take: only the card can end this wait (a timed-out wait
    // answers the same version, and would first hit the test's own time limit).
    const waiting = call<{ version: number }>(core, 'session.waitForChange', {
      sessionId,
      version,
      timeoutMs: 30_000
    })
    setTimeout(() => void submit(port, token, 'Nieuw idee'), 50)
    const next = await waiting
    expect(next.version).toBeGreaterThan(version)
  })
})

describe('the quickscan on a device', () => {
  it('is refused until the facilitator opens it', async () => {
    const { port, code } = await joiningSession()
    const token = await joinAs(port, code)
    expect((await api(port, 'GET', '/api/quickscan', { token })).status).toBe(403)
  })

  it('makes the device a respondent of mode apparaat, with its own answers only', async () => {
    const { core, port, code, sessionId } = await joiningSession({ quickscanOpen: true })
    const token = await joinAs(port, code, 'Fatima')
    const scan = await api(port, 'GET', '/api/quickscan', { token })
    expect(scan.status).toBe(200)
    const body = scan.json() as { questions: { id: string }[]; mine: object }
    expect(body.questions.length).toBeGreaterThan(10)
    expect(body.mine).toEqual({ answers: {}, grades: {}, completed: false })
    const questionId = body.questions[0]!.id
    const answer = { questionId, answer: '+' }
    expect((await api(port, 'POST', '/api/quickscan/answer', { token, body: answer })).status).toBe(
      200
    )
    const grade = { clusterId: 'relatie', grade: 7 }
    expect((await api(port, 'POST', '/api/quickscan/grade', { token, body: grade })).status).toBe(
      200
    )
    const done = await api(port, 'POST', '/api/quickscan/complete', { token, body: {} })
    expect(done.json()).toMatchObject({ completed: true, answers: { [questionId]: '+' } })
    const quickscan = await call<Quickscan>(core, 'quickscan.get', { sessionId })
    expect(quickscan.respondents).toEqual([
      expect.objectContaining({
        name: 'Fatima',
        mode: 'apparaat',
        completed: true,
        answers: { [questionId]: '+' },
        grades: { relatie: 7 }
      })
    ])
    const unknown = { questionId: 'qs-999', answer: '+' }
    expect(
      (await api(port, 'POST', '/api/quickscan/answer', { token, body: unknown })).status
    ).toBe(400)
  })
})
