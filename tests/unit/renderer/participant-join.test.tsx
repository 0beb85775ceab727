// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ParticipantApp } from '../../../src/renderer/src/participant/ParticipantApp'
import { fakeServer, json, phoneLanguages } from './participant-fake-server'

const token = 'tok_0123456789abcdefghijklmnop'

const emptyState = {
  sessionTitle: 'Teamavond ouders',
  name: 'Sanne',
  paused: false,
  open: [
    { screenId: 'visie', title: 'Visie', text: 'Wat betekent samenwerken met ouders voor jou?' }
  ],
  version: 1,
  mine: [],
  quickscanOpen: false
}

function fillIn(code: string, name = '') {
  fireEvent.change(screen.getByLabelText('Code'), { target: { value: code } })
  fireEvent.change(screen.getByLabelText('Je naam (niet verplicht)'), { target: { value: name } })
  fireEvent.click(screen.getByRole('button', { name: 'Doe mee' }))
}

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  sessionStorage.clear()
})

describe('joining from a phone', () => {
  it('sends the code and name with the participant headers and keeps the token out of the address', async () => {
    const calls = fakeServer({
      'POST /api/join': () => json(200, { token, sessionTitle: 'Teamavond ouders' }),
      'GET /api/state': () => json(200, emptyState)
    })
    render(<ParticipantApp />)
    fillIn('ab12cd', 'Sanne')

    expect(await screen.findByRole('heading', { level: 1, name: 'Teamavond ouders' })).toBeTruthy()
    const join = calls.find((call) => call.url === '/api/join')!
    expect(join.method).toBe('POST')
    expect(join.body).toEqual({ code: 'AB12CD', name: 'Sanne' })
    expect(join.headers.get('Content-Type')).toBe('application/json')
    expect(join.headers.get('X-Samenspel-Deelnemer')).toBe('1')
    expect(join.headers.get('Authorization')).toBeNull()
    expect(sessionStorage.getItem('samenspel-deelnemer-token')).toBe(token)
    expect(window.location.href).not.toContain(token)
    expect(await screen.findByText('Je doet mee als Sanne.')).toBeTruthy()
  })

  it('stays joined after a reload: the stored token is used for the state', async () => {
    sessionStorage.setItem('samenspel-deelnemer-token', token)
    const calls = fakeServer({ 'GET /api/state': () => json(200, emptyState) })
    render(<ParticipantApp />)

    expect(await screen.findByText('Wat betekent samenwerken met ouders voor jou?')).toBeTruthy()
    expect(calls[0]!.headers.get('Authorization')).toBe(`Bearer ${token}`)
    expect(screen.queryByLabelText('Code')).toBeNull()
  })

  it("shows the server's message in an alert when the code is wrong", async () => {
    fakeServer({ 'POST /api/join': () => json(401, { error: 'Deze code klopt niet.' }) })
    render(<ParticipantApp />)
    fillIn('FOUT')

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Deze code klopt niet.')
    expect(document.activeElement).toBe(screen.getByLabelText('Code'))
    expect(sessionStorage.getItem('samenspel-deelnemer-token')).toBeNull()
  })

  it('says when a name is required and puts the focus in the name field', async () => {
    fakeServer({
      'POST /api/join': () =>
        json(400, { error: 'Vul je naam in om mee te doen.', code: 'name-required' })
    })
    render(<ParticipantApp />)
    fillIn('AB12CD')

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Vul je naam in om mee te doen.')
    // Once the facilitator requires names, the field no longer says it is optional.
    const nameField = screen.getByLabelText('Je naam')
    expect(document.activeElement).toBe(nameField)
    expect(nameField.getAttribute('aria-invalid')).toBe('true')
    expect(nameField.getAttribute('aria-required')).toBe('true')
    expect(screen.queryByLabelText('Je naam (niet verplicht)')).toBeNull()
  })

  it('knows upfront that a name is required, and a scanned code waits for the name', async () => {
    window.history.replaceState(null, '', '/#code=AB12CD')
    const calls = fakeServer({
      'GET /api/join-info': () => json(200, { nameRequired: true }),
      'POST /api/join': () => json(200, { token, sessionTitle: 'Teamavond ouders' }),
      'GET /api/state': () => json(200, emptyState)
    })
    render(<ParticipantApp />)
    const nameField = await screen.findByLabelText('Je naam')
    await waitFor(() => expect(document.activeElement).toBe(nameField))
    expect(screen.queryByLabelText('Je naam (niet verplicht)')).toBeNull()
    expect(screen.getByText(/vraagt bij deze bijeenkomst om je naam/)).toBeTruthy()
    // No join was tried without the name, so no try is wasted on a refusal.
    expect(calls.some((call) => call.method === 'POST')).toBe(false)
    fireEvent.change(nameField, { target: { value: 'Sanne' } })
    fireEvent.click(screen.getByRole('button', { name: 'Doe mee' }))
    await waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true))
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      code: 'AB12CD',
      name: 'Sanne'
    })
    window.history.replaceState(null, '', '/')
  })

  it("speaks the phone's language and words the server's refusal from its key", async () => {
    phoneLanguages(['en-GB', 'nl'])
    {
      fakeServer({
        'POST /api/join': () =>
          json(401, {
            error: 'Deze code klopt niet. Kijk nog eens op het scherm.',
            reason: 'error.phone.wrongCode'
          })
      })
      render(<ParticipantApp />)
      fireEvent.change(screen.getByLabelText('Code'), { target: { value: 'AB12CD' } })
      fireEvent.click(screen.getByRole('button', { name: 'Join' }))
      const alert = await screen.findByRole('alert')
      expect(alert.textContent).toContain('This code is not right. Look at the screen again.')
      expect(screen.getByLabelText('Your name (optional)')).toBeTruthy()
    }
  })

  it('speaks Dutch to a phone that prefers a language Samenspel does not know', async () => {
    phoneLanguages(['de-DE', 'fr'])
    fakeServer({ 'GET /api/join-info': () => json(200, { nameRequired: false }) })
    render(<ParticipantApp />)
    expect(screen.getByRole('heading', { name: 'Meedoen met de bijeenkomst' })).toBeTruthy()
    expect(await screen.findByLabelText('Je naam (niet verplicht)')).toBeTruthy()
  })

  it('tells how long to wait after too many tries and holds the button that long', async () => {
    fakeServer({
      'POST /api/join': () =>
        json(
          429,
          { error: 'Even rustig aan: probeer het over 30 seconden opnieuw.' },
          { 'Retry-After': '30' }
        )
    })
    render(<ParticipantApp />)
    fillIn('AB12CD')

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe('Let op: Even rustig aan: probeer het over 30 seconden opnieuw.')
    expect(screen.getByRole('button', { name: 'Doe mee' })).toHaveProperty('disabled', true)
  })

  it('says how long to wait itself when the server gives only the Retry-After header', async () => {
    fakeServer({
      'POST /api/join': () => new Response(null, { status: 429, headers: { 'Retry-After': '300' } })
    })
    render(<ParticipantApp />)
    fillIn('AB12CD')

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Te veel pogingen. Probeer het over 5 minuten opnieuw.'
    )
  })

  it('shows a paused session as the server words it', async () => {
    fakeServer({
      'POST /api/join': () => json(403, { error: 'Meedoen is even gepauzeerd.' })
    })
    render(<ParticipantApp />)
    fillIn('AB12CD')

    expect((await screen.findByRole('alert')).textContent).toContain('Meedoen is even gepauzeerd.')
  })

  it('asks for the code without a round trip when the field is empty', async () => {
    const calls = fakeServer({})
    render(<ParticipantApp />)
    fillIn('   ')

    expect((await screen.findByRole('alert')).textContent).toContain('Vul de code in')
    // Only the page's question whether a name is needed, no join.
    expect(calls.filter((call) => call.url !== '/api/join-info')).toHaveLength(0)
  })

  it('shows an error instead of crashing when the server answers something unexpected', async () => {
    fakeServer({ 'POST /api/join': () => json(200, { token: 42 }) })
    render(<ParticipantApp />)
    fillIn('AB12CD')

    expect((await screen.findByRole('alert')).textContent).toContain('onverwacht antwoord')
    expect(screen.getByLabelText('Code')).toBeTruthy()
    expect(sessionStorage.getItem('samenspel-deelnemer-token')).toBeNull()
  })

  it('says there is no connection when the laptop cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch')))
    )
    render(<ParticipantApp />)
    await act(async () => fillIn('AB12CD'))

    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('geen verbinding'))
  })
})
