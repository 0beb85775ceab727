// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ParticipantApp } from '../../../src/renderer/src/participant/ParticipantApp'
import type { OwnContribution, ParticipantState } from '../../../src/shared/participant/protocol'
import { fakeServer, json } from './participant-fake-server'

const token = 'tok_0123456789abcdefghijklmnop'
const question = 'Wat betekent samenwerken met ouders voor jou?'

function meeting(overrides: Partial<ParticipantState> = {}): ParticipantState {
  return {
    sessionTitle: 'Teamavond ouders',
    name: '',
    paused: false,
    open: [{ screenId: 'visie', title: 'Visie', text: question }],
    version: 1,
    mine: [],
    quickscanOpen: false,
    ...overrides
  }
}

function card(number: number, text: string, status: OwnContribution['status']): OwnContribution {
  return {
    id: `00000000-0000-4000-8000-00000000000${number}`,
    screenId: 'visie',
    text,
    status,
    createdAt: `2026-11-22T10:0${number}:00.000Z`
  }
}

beforeEach(() => sessionStorage.setItem('samenspel-deelnemer-token', token))

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  sessionStorage.clear()
})

describe('contributing during the meeting', () => {
  it('posts the card with the headers and token, clears the field and lists it as sent', async () => {
    const mine: OwnContribution[] = []
    const calls = fakeServer({
      'GET /api/state': () => json(200, meeting({ mine })),
      'POST /api/contributions': () => {
        mine.push(card(1, 'Ouders als partner zien', 'wacht'))
        return json(201, mine[0])
      }
    })
    render(<ParticipantApp />)
    const field = await screen.findByLabelText('Jouw bijdrage')
    expect(screen.getByText(question)).toBeTruthy()

    fireEvent.change(field, { target: { value: '  Ouders als partner zien ' } })
    fireEvent.keyDown(field, { key: 'Enter' })

    expect((field as HTMLTextAreaElement).value).toBe('')
    expect(document.activeElement).toBe(field)
    const sent = screen.getByRole('region', { name: 'Wat jij stuurde' })
    expect(await within(sent).findByText('wacht op de gespreksleider')).toBeTruthy()
    expect(within(sent).getByText('Ouders als partner zien')).toBeTruthy()
    const post = calls.find((call) => call.url === '/api/contributions')!
    expect(post.url).toBe('/api/contributions')
    expect(post.body).toEqual({ screenId: 'visie', text: 'Ouders als partner zien' })
    expect(post.headers.get('Authorization')).toBe(`Bearer ${token}`)
    expect(post.headers.get('X-Samenspel-Deelnemer')).toBe('1')
    expect(post.headers.get('Content-Type')).toBe('application/json')
    // After a send the state is fetched again, so the status stays current.
    await waitFor(() => expect(calls.filter((call) => call.url === '/api/state')).toHaveLength(2))
  })

  it('shows only its own cards with their status', async () => {
    fakeServer({
      'GET /api/state': () =>
        json(
          200,
          meeting({
            mine: [card(1, 'Eerste gedachte', 'zichtbaar'), card(2, 'Tweede gedachte', 'verborgen')]
          })
        )
    })
    render(<ParticipantApp />)
    const sent = await screen.findByRole('region', { name: 'Wat jij stuurde' })
    const items = await within(sent).findAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'Tweede gedachteStatus: verborgen',
      'Eerste gedachteStatus: zichtbaar'
    ])
  })

  it('keeps the text of a failed send and says why', async () => {
    fakeServer({
      'GET /api/state': () => json(200, meeting()),
      'POST /api/contributions': () => json(500, { error: 'Opslaan lukte niet.' })
    })
    render(<ParticipantApp />)
    const field = (await screen.findByLabelText('Jouw bijdrage')) as HTMLTextAreaElement
    fireEvent.change(field, { target: { value: 'Vaker bellen' } })
    fireEvent.click(screen.getByRole('button', { name: 'Verstuur' }))

    expect((await screen.findByRole('alert')).textContent).toContain('Opslaan lukte niet.')
    expect(field.value).toBe('Vaker bellen')
  })

  it('Shift+Enter starts a new line instead of sending', async () => {
    const calls = fakeServer({ 'GET /api/state': () => json(200, meeting()) })
    render(<ParticipantApp />)
    const field = await screen.findByLabelText('Jouw bijdrage')
    fireEvent.change(field, { target: { value: 'Eerste regel' } })
    const event = fireEvent.keyDown(field, { key: 'Enter', shiftKey: true })

    expect(event).toBe(true)
    expect(calls.some((call) => call.url === '/api/contributions')).toBe(false)
  })

  it('returns to the join screen with an explanation when the device was removed', async () => {
    let removed = false
    fakeServer({
      'GET /api/state': () => json(200, meeting()),
      'POST /api/contributions': () => {
        removed = true
        return json(401, { error: 'Je bent verwijderd.' })
      }
    })
    render(<ParticipantApp />)
    const field = await screen.findByLabelText('Jouw bijdrage')
    fireEvent.change(field, { target: { value: 'Nog iets' } })
    fireEvent.keyDown(field, { key: 'Enter' })

    expect(await screen.findByLabelText('Code')).toBeTruthy()
    expect(removed).toBe(true)
    expect(screen.getByRole('status').textContent).toContain('Je doet niet meer mee')
    expect(sessionStorage.getItem('samenspel-deelnemer-token')).toBeNull()
  })

  it('returns to the join screen when a state poll is refused', async () => {
    fakeServer({ 'GET /api/state': () => json(401, { error: 'Meedoen is gesloten.' }) })
    render(<ParticipantApp />)

    expect(await screen.findByLabelText('Code')).toBeTruthy()
    expect(screen.getByRole('status').textContent).toContain('het meedoen gesloten')
    expect(sessionStorage.getItem('samenspel-deelnemer-token')).toBeNull()
  })

  it('says the session is over when the facilitator closed joining, not "connection lost"', async () => {
    let closed = false
    const ended = () => json(410, { error: 'De sessie is afgelopen.', code: 'session-ended' })
    fakeServer({
      'GET /api/state': () => (closed ? ended() : json(200, meeting())),
      // The phone hears of it through its wait for changes: the closed port answers 410 there too.
      'POST /api/state/changes': () =>
        new Promise<Response>((resolve) => {
          const check = () => (closed ? resolve(ended()) : setTimeout(check, 100))
          check()
        })
    })
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      render(<ParticipantApp />)
      await screen.findByLabelText('Jouw bijdrage')
      closed = true
      await vi.advanceTimersByTimeAsync(3_500)
      expect(await screen.findByLabelText('Code')).toBeTruthy()
      expect(screen.getByRole('status').textContent).toContain('De sessie is afgelopen')
      expect(screen.queryByText(/opnieuw geprobeerd/)).toBeNull()
      expect(sessionStorage.getItem('samenspel-deelnemer-token')).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })

  it('says joining is paused and does not send while paused', async () => {
    const calls = fakeServer({ 'GET /api/state': () => json(200, meeting({ paused: true })) })
    render(<ParticipantApp />)
    const field = await screen.findByLabelText('Jouw bijdrage')

    expect(screen.getByText(/meedoen even gepauzeerd/)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Verstuur' })).toHaveProperty('disabled', true)
    fireEvent.change(field, { target: { value: 'Toch proberen' } })
    fireEvent.keyDown(field, { key: 'Enter' })
    expect(calls.some((call) => call.url === '/api/contributions')).toBe(false)
    expect((field as HTMLTextAreaElement).value).toBe('Toch proberen')
  })

  it('lets the participant choose the question when several screens are open', async () => {
    const calls = fakeServer({
      'GET /api/state': () =>
        json(
          200,
          meeting({
            open: [
              { screenId: 'visie', title: 'Visie', text: question },
              { screenId: 'kennen', title: 'Ouders kennen', text: 'Wat weet je van de ouders?' }
            ]
          })
        ),
      'POST /api/contributions': () => json(201, {})
    })
    render(<ParticipantApp />)
    const choice = await screen.findByRole('group', { name: 'Voor welke vraag is je bijdrage?' })
    fireEvent.click(within(choice).getByRole('radio', { name: /Wat weet je van de ouders/ }))
    fireEvent.change(screen.getByLabelText('Jouw bijdrage'), { target: { value: 'Weinig' } })
    fireEvent.click(screen.getByRole('button', { name: 'Verstuur' }))

    await waitFor(() =>
      expect(calls.find((call) => call.url === '/api/contributions')?.body).toEqual({
        screenId: 'kennen',
        text: 'Weinig'
      })
    )
  })

  it('follows the meeting by waiting for changes: a status and a pause arrive as a delta', async () => {
    let answer: (response: Response) => void = () => {}
    const calls = fakeServer({
      'GET /api/state': () => json(200, meeting({ version: 4, mine: [card(1, 'Idee', 'wacht')] })),
      'POST /api/state/changes': () => new Promise<Response>((resolve) => (answer = resolve))
    })
    render(<ParticipantApp />)
    const sent = await screen.findByRole('region', { name: 'Wat jij stuurde' })
    expect(await within(sent).findByText('wacht op de gespreksleider')).toBeTruthy()
    await waitFor(() => expect(calls.some((call) => call.url === '/api/state/changes')).toBe(true))
    expect(calls.find((call) => call.url === '/api/state/changes')?.body).toEqual({
      since: 4,
      waitMs: 8_000
    })

    const { sessionTitle, name, open, quickscanOpen } = meeting()
    const headerOnly = { sessionTitle, name, open, quickscanOpen, paused: true }
    answer(
      json(200, {
        kind: 'delta',
        version: 6,
        mine: [card(1, 'Idee', 'zichtbaar')],
        removedMine: [],
        header: headerOnly
      })
    )
    expect(await screen.findByText(/meedoen even gepauzeerd/)).toBeTruthy()
    expect(within(sent).queryByText('wacht op de gespreksleider')).toBeNull()
    // The next wait starts from the delta's version.
    await waitFor(() =>
      expect(calls.filter((call) => call.url === '/api/state/changes').at(-1)?.body).toEqual({
        since: 6,
        waitMs: 8_000
      })
    )
  })

  it('shows an error instead of crashing when the state is not what the protocol says', async () => {
    fakeServer({ 'GET /api/state': () => json(200, { sessionTitle: 7, open: 'geen' }) })
    render(<ParticipantApp />)

    expect((await screen.findByRole('alert')).textContent).toContain('onverwacht antwoord')
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy()
  })

  it('counts from 80 % of the limit and says so when over it, instead of cutting off', async () => {
    const calls = fakeServer({ 'GET /api/state': () => json(200, meeting()) })
    render(<ParticipantApp />)
    const field = (await screen.findByLabelText('Jouw bijdrage')) as HTMLTextAreaElement
    fireEvent.change(field, { target: { value: 'a'.repeat(3_999) } })
    expect(screen.queryByText(/van 5\.000 tekens/)).toBeNull()
    fireEvent.change(field, { target: { value: 'a'.repeat(4_000) } })
    expect(screen.getByText('4.000 van 5.000 tekens')).toBeTruthy()
    // A paste over the limit stays whole in the field, with a clear refusal.
    fireEvent.change(field, { target: { value: 'a'.repeat(5_200) } })
    expect(field.value).toHaveLength(5_200)
    expect(screen.getByText(/Te lang: 5\.200 van 5\.000 tekens/)).toBeTruthy()
    expect(field.getAttribute('aria-invalid')).toBe('true')
    fireEvent.keyDown(field, { key: 'Enter' })
    // Nothing sent (the phone's wait for changes is a POST too, and not a card).
    expect(calls.filter((c) => c.url === '/api/contributions')).toHaveLength(0)
    expect(field.value).toHaveLength(5_200)
  })
})
