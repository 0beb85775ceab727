// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const enqueued: { method: string; input: Record<string, unknown> }[] = []
vi.mock('../../../src/renderer/src/api/writes', () => ({
  writes: {
    enqueue: (method: string, input: Record<string, unknown>) => {
      enqueued.push({ method, input })
      return Promise.resolve()
    },
    idle: () => Promise.resolve()
  }
}))

const { CardBoard } = await import('../../../src/renderer/src/features/cards/CardBoard')
const { useCardsStore } = await import('../../../src/renderer/src/stores/cards-store')
const { useCurrentSessionStore } =
  await import('../../../src/renderer/src/stores/current-session-store')

const sessionId = '11111111-1111-4111-8111-111111111111'
const anna = {
  id: '22222222-2222-4222-8222-222222222222',
  sessionId,
  name: 'Anna',
  role: 'mentor',
  position: 0
}

function Board() {
  return <CardBoard screenId="stap1-vraag-1" editable />
}

const input = () => screen.getByLabelText('Nieuwe bijdrage')
function type(text: string) {
  fireEvent.change(input(), { target: { value: text } })
  fireEvent.keyDown(input(), { key: 'Enter' })
}

beforeEach(() => {
  enqueued.length = 0
  useCardsStore.getState().load(sessionId, [])
  useCurrentSessionStore.setState({
    session: {
      id: sessionId,
      title: 'Test',
      teamId: null,
      schoolId: null,
      sector: null,
      school: '',
      team: '',
      date: '2026-11-22',
      facilitator: '',
      createdAt: '2026-11-22T09:00:00.000Z',
      updatedAt: '2026-11-22T09:00:00.000Z',
      participantCount: 1,
      participants: [anna]
    }
  })
})
afterEach(cleanup)

const added = () => enqueued.filter((w) => w.method === 'contribution.add').map((w) => w.input)

describe('typing and editing cards as a facilitator expects', () => {
  it('opens a menu from the Label button instead of cycling, and sets the chosen tag', () => {
    render(<Board />)
    type('ouders komen graag')
    const card = screen.getByRole('listitem')
    const button = within(card).getByRole('button', { name: 'Label ▾' })
    expect(button.getAttribute('aria-haspopup')).toBe('menu')
    fireEvent.click(button)
    // A click opens the menu and changes nothing yet.
    expect(enqueued.filter((w) => w.method === 'contribution.update')).toHaveLength(0)
    const menu = screen.getByRole('menu', { name: 'Kies een label' })
    const items = within(menu).getAllByRole('menuitemradio')
    expect(items.map((item) => item.textContent)).toEqual([
      'gaat goed',
      'kan beter',
      'idee',
      'Geen label'
    ])
    expect(document.activeElement).toBe(items[3])
    fireEvent.keyDown(menu, { key: 'ArrowUp' })
    expect(document.activeElement).toBe(items[2])
    fireEvent.click(within(menu).getByRole('menuitemradio', { name: 'kan beter' }))
    expect(screen.queryByRole('menu')).toBeNull()
    expect(within(screen.getByRole('listitem')).getByText('kan beter')).toBeTruthy()
    expect(enqueued.at(-1)).toMatchObject({
      method: 'contribution.update',
      input: { patch: { tag: 'kan-beter' } }
    })
  })

  it('closes the label menu with Escape, the card unchanged and the button focused', () => {
    render(<Board />)
    type('een')
    const button = within(screen.getByRole('listitem')).getByRole('button', { name: 'Label ▾' })
    fireEvent.click(button)
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' })
    expect(screen.queryByRole('menu')).toBeNull()
    expect(document.activeElement).toBe(button)
    expect(enqueued.filter((w) => w.method === 'contribution.update')).toHaveLength(0)
  })

  it('puts the caret at the end of the text when editing starts', () => {
    render(<Board />)
    type('Ouders voelen zich welkom')
    fireEvent.keyDown(screen.getByRole('listitem'), { key: 'Enter' })
    const editor = screen.getByLabelText('Bijdrage bewerken') as HTMLTextAreaElement
    expect(document.activeElement).toBe(editor)
    expect(editor.selectionStart).toBe('Ouders voelen zich welkom'.length)
    expect(editor.selectionEnd).toBe('Ouders voelen zich welkom'.length)
  })

  it('keeps "Wie zegt het?" for the next card until it is changed', () => {
    render(<Board />)
    fireEvent.change(screen.getByLabelText('Wie zegt het?'), { target: { value: anna.id } })
    type('eerste punt van Anna')
    type('tweede punt van Anna')
    expect((screen.getByLabelText('Wie zegt het?') as HTMLSelectElement).value).toBe(anna.id)
    expect(added().map((input) => input.participantId)).toEqual([anna.id, anna.id])
    fireEvent.change(screen.getByLabelText('Wie zegt het?'), { target: { value: '' } })
    type('van iemand anders')
    expect(added().at(-1)?.participantId).toBeNull()
  })

  it('takes a "+" alone as the label for the next card, not as a card "+"', () => {
    render(<Board />)
    type('+')
    expect(added()).toHaveLength(0)
    expect(screen.queryAllByRole('listitem')).toHaveLength(0)
    expect((input() as HTMLTextAreaElement).value).toBe('')
    expect((screen.getByLabelText('Label') as HTMLSelectElement).value).toBe('gaat-goed')
    expect(screen.getByText(/Label voor de volgende bijdrage: gaat goed/)).toBeTruthy()
    type('de koffieochtend')
    expect(added().at(-1)).toMatchObject({ text: 'de koffieochtend', tag: 'gaat-goed' })
  })

  it('starts a new line with Shift+Enter instead of adding the card', () => {
    render(<Board />)
    fireEvent.change(input(), { target: { value: 'eerste regel' } })
    const notPrevented = fireEvent.keyDown(input(), { key: 'Enter', shiftKey: true })
    expect(notPrevented).toBe(true)
    expect(input().tagName).toBe('TEXTAREA')
    expect(added()).toHaveLength(0)
    fireEvent.change(input(), { target: { value: 'eerste regel\ntweede regel' } })
    fireEvent.keyDown(input(), { key: 'Enter' })
    expect(added().at(-1)?.text).toBe('eerste regel\ntweede regel')
  })

  it('shows a counter from 80 % of the limit and refuses a card over it, keeping the text', () => {
    render(<Board />)
    fireEvent.change(input(), { target: { value: 'x'.repeat(79_999) } })
    expect(screen.queryByText(/van 100\.000 tekens/)).toBeNull()
    fireEvent.change(input(), { target: { value: 'x'.repeat(80_000) } })
    expect(screen.getByText('80.000 van 100.000 tekens')).toBeTruthy()
    fireEvent.change(input(), { target: { value: 'x'.repeat(100_001) } })
    expect(screen.getByText(/Te lang: 100\.001 tekens, hoogstens 100\.000/)).toBeTruthy()
    fireEvent.keyDown(input(), { key: 'Enter' })
    expect(added()).toHaveLength(0)
    expect((input() as HTMLTextAreaElement).value).toHaveLength(100_001)
  })

  it('folds a long card to its first lines, with a button to show it all', () => {
    render(<Board />)
    const long = Array.from({ length: 400 }, (_, i) => `zin ${i} van een lang verhaal.`).join(' ')
    type(long)
    const card = screen.getByRole('listitem')
    const text = card.querySelector('.card-text')!
    expect(text.classList.contains('folded')).toBe(true)
    expect(text.textContent!.length).toBeLessThan(700)
    const more = within(card).getByRole('button', { name: /Toon alles/ })
    expect(more.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(more)
    expect(card.querySelector('.card-text')!.textContent).toBe(long)
    fireEvent.click(within(card).getByRole('button', { name: 'Toon minder' }))
    expect(card.querySelector('.card-text')!.classList.contains('folded')).toBe(true)
    // A short card does not fold.
    type('kort')
    const short = screen.getAllByRole('listitem')[1]!
    expect(within(short).queryByRole('button', { name: /Toon alles/ })).toBeNull()
  })
})
