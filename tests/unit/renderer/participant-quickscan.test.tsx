// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ParticipantApp } from '../../../src/renderer/src/participant/ParticipantApp'
import type { ParticipantQuickscan } from '../../../src/shared/participant/protocol'
import { fakeServer, json } from './participant-fake-server'

const token = 'tok_0123456789abcdefghijklmnop'

const state = {
  sessionTitle: 'Teamavond ouders',
  name: '',
  paused: false,
  open: [],
  version: 1,
  mine: [],
  quickscanOpen: true
}

function scan(mine: Partial<ParticipantQuickscan['mine']> = {}): ParticipantQuickscan {
  return {
    title: 'Quickscan',
    instructions: ['Het gaat om de school als geheel.'],
    answers: [
      { value: '++', label: 'Ja, zeker' },
      { value: '+', label: 'Grotendeels' },
      { value: '+/-', label: 'Gedeeltelijk' },
      { value: '-', label: 'Nauwelijks' },
      { value: '--', label: 'Nee, helemaal niet' },
      { value: '?', label: 'Geen zicht op' }
    ],
    factors: [
      { number: 1, title: 'welkom' },
      { number: 2, title: 'contact' }
    ],
    clusters: [
      { id: 'attitude', title: 'Attitude en organisatie' },
      { id: 'relatie', title: 'Relatie' }
    ],
    questions: [
      { id: '1a', factor: 1, text: 'Ouders voelen zich welkom op school.' },
      { id: '1b', factor: 1, text: 'De school is makkelijk te bereiken.' },
      { id: '2a', factor: 2, text: 'Leraren kennen de ouders.' }
    ],
    gradePrompt: 'Welk cijfer geeft u de school?',
    mine: { answers: {}, grades: {}, completed: false, ...mine }
  }
}

function serverWith(quickscan: unknown) {
  return fakeServer({
    'GET /api/state': () => json(200, state),
    'GET /api/quickscan': () => json(200, quickscan),
    'POST /api/quickscan/answer': () => json(200, {}),
    'POST /api/quickscan/grade': () => json(200, {}),
    'POST /api/quickscan/complete': () => new Response(null, { status: 204 })
  })
}

/**
 * The item on screen, once it has the focus: the focus and the 1–6 keys are set up together
 * after the item is drawn, so a key pressed before that would go nowhere.
 */
async function itemShown(text: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: text })
  await waitFor(() => expect(document.activeElement).toBe(heading))
  return heading
}

async function openQuickscan() {
  render(<ParticipantApp />)
  fireEvent.click(await screen.findByRole('button', { name: 'Vul de quickscan in' }))
}

beforeEach(() => sessionStorage.setItem('samenspel-deelnemer-token', token))

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  sessionStorage.clear()
})

describe('the quickscan on a phone', () => {
  it('answers by button and by key 1–6 and moves on to the next item', async () => {
    const calls = serverWith(scan())
    await openQuickscan()

    await itemShown('Ouders voelen zich welkom op school.')
    expect(screen.getByText('1 van 3')).toBeTruthy()
    expect(screen.getByText('Factor 1: welkom')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /Grotendeels/ }))

    await itemShown('De school is makkelijk te bereiken.')
    expect(screen.getByText('2 van 3')).toBeTruthy()
    fireEvent.keyDown(document.activeElement!, { key: '6' })

    expect(screen.getByRole('heading', { name: 'Leraren kennen de ouders.' })).toBeTruthy()
    const answers = calls.filter((call) => call.url === '/api/quickscan/answer')
    expect(answers.map((call) => call.body)).toEqual([
      { questionId: '1a', answer: '+' },
      { questionId: '1b', answer: '?' }
    ])
    expect(answers[0]!.headers.get('Authorization')).toBe(`Bearer ${token}`)
    expect(answers[0]!.headers.get('X-Samenspel-Deelnemer')).toBe('1')
  })

  it('goes back to an item and shows the answer given', async () => {
    serverWith(scan())
    await openQuickscan()
    await itemShown('Ouders voelen zich welkom op school.')
    fireEvent.keyDown(document, { key: '1' })
    fireEvent.click(screen.getByRole('button', { name: /Vorige/ }))

    expect(
      screen.getByRole('heading', { name: 'Ouders voelen zich welkom op school.' })
    ).toBeTruthy()
    expect(screen.getByRole('button', { name: /Ja, zeker/ }).getAttribute('aria-pressed')).toBe(
      'true'
    )
  })

  it('resumes at the first item without an answer', async () => {
    serverWith(scan({ answers: { '1a': '++', '1b': '-' } }))
    await openQuickscan()

    expect(await screen.findByRole('heading', { name: 'Leraren kennen de ouders.' })).toBeTruthy()
    expect(screen.getByText('3 van 3')).toBeTruthy()
  })

  it('grades each cluster and hands the scan in with Klaar', async () => {
    const calls = serverWith(scan({ answers: { '1a': '++', '1b': '-', '2a': '+' } }))
    await openQuickscan()

    expect(await screen.findByRole('heading', { name: 'Cijfers per onderdeel' })).toBeTruthy()
    const relatie = screen.getByRole('group', { name: 'Cijfer voor Relatie' })
    fireEvent.click(within(relatie).getByRole('button', { name: '7' }))
    expect(within(relatie).getByRole('button', { name: '7' }).getAttribute('aria-pressed')).toBe(
      'true'
    )
    fireEvent.click(screen.getByRole('button', { name: 'Klaar' }))

    expect(await screen.findByRole('heading', { name: 'Dank je wel!' })).toBeTruthy()
    expect(calls.find((call) => call.url === '/api/quickscan/grade')?.body).toEqual({
      clusterId: 'relatie',
      grade: 7
    })
    expect(calls.find((call) => call.url === '/api/quickscan/complete')?.body).toEqual({})
  })

  it('takes an answer back and says so when it was not saved', async () => {
    fakeServer({
      'GET /api/state': () => json(200, state),
      'GET /api/quickscan': () => json(200, scan()),
      'POST /api/quickscan/answer': () => json(403, { error: 'Meedoen is even gepauzeerd.' })
    })
    await openQuickscan()
    await itemShown('Ouders voelen zich welkom op school.')
    fireEvent.click(screen.getByRole('button', { name: /Nauwelijks/ }))

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('vraag 1 is niet opgeslagen: Meedoen is even gepauzeerd.')
    fireEvent.click(screen.getByRole('button', { name: /Vorige/ }))
    expect(screen.getByRole('button', { name: /Nauwelijks/ }).getAttribute('aria-pressed')).toBe(
      'false'
    )
  })

  it('shows an error instead of crashing when the quickscan is not what the protocol says', async () => {
    serverWith({ title: 'Quickscan', questions: 'geen' })
    await openQuickscan()

    expect((await screen.findByRole('alert')).textContent).toContain('onverwacht antwoord')
    expect(screen.getByRole('button', { name: 'Probeer opnieuw' })).toBeTruthy()
  })
})
