// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
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
const { UndoNotice } = await import('../../../src/renderer/src/features/cards/UndoNotice')
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
  const lastDeleted = useCardsStore((state) => state.deleted.at(-1))
  return (
    <>
      <CardBoard screenId="stap1-vraag-1" editable />
      <UndoNotice
        lastDeleted={lastDeleted}
        message={(text) => `Bijdrage verwijderd: “${text}”`}
        onUndo={() => useCardsStore.getState().undo()}
      />
    </>
  )
}

const input = () => screen.getByLabelText('Nieuwe bijdrage')
const cardTexts = () =>
  screen.queryAllByRole('listitem').map((li) => li.querySelector('.card-text')?.textContent)

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

describe('card board', () => {
  it('shows a card the moment Enter is pressed and keeps the input ready for the next', () => {
    render(<Board />)
    type('Ouders voelen zich welkom bij de intake')
    expect(cardTexts()).toEqual(['Ouders voelen zich welkom bij de intake'])
    expect((input() as HTMLInputElement).value).toBe('')
    type('Tweede bijdrage')
    expect(cardTexts()).toEqual(['Ouders voelen zich welkom bij de intake', 'Tweede bijdrage'])
    expect(enqueued.map((w) => w.method)).toEqual(['contribution.add', 'contribution.add'])
    expect(enqueued[0]?.input).toMatchObject({ sessionId, screenId: 'stap1-vraag-1', tag: null })
  })

  it('tags a card from its prefix and attributes it with Alt+Down', () => {
    render(<Board />)
    fireEvent.keyDown(input(), { key: 'ArrowDown', altKey: true })
    type('+ koffieochtend loopt goed')
    const card = screen.getByRole('listitem')
    expect(within(card).getByText('koffieochtend loopt goed')).toBeTruthy()
    expect(within(card).getByText('gaat goed')).toBeTruthy()
    expect(within(card).getByText('Anna')).toBeTruthy()
    expect(enqueued[0]?.input).toMatchObject({ tag: 'gaat-goed', participantId: anna.id })
  })

  it('deletes a focused card with Delete, offers undo, and Ctrl+Z-style undo puts it back in place', () => {
    render(<Board />)
    type('een')
    type('twee')
    type('drie')
    const second = screen.getAllByRole('listitem')[1]!
    fireEvent.keyDown(second, { key: 'Delete' })
    expect(cardTexts()).toEqual(['een', 'drie'])
    expect(screen.getByRole('status').textContent).toContain('Bijdrage verwijderd: “twee”')
    fireEvent.click(screen.getByRole('button', { name: 'Maak ongedaan (Ctrl+Z)' }))
    expect(cardTexts()).toEqual(['een', 'twee', 'drie'])
    expect(enqueued.slice(-2).map((w) => w.method)).toEqual([
      'contribution.delete',
      'contribution.restore'
    ])
  })

  it('edits a card in place: Enter saves, Escape leaves it as it was', () => {
    render(<Board />)
    type('eerste versie')
    fireEvent.keyDown(screen.getByRole('listitem'), { key: 'Enter' })
    const editor = screen.getByLabelText('Bijdrage bewerken')
    fireEvent.change(editor, { target: { value: 'tweede versie' } })
    fireEvent.keyDown(editor, { key: 'Enter' })
    expect(cardTexts()).toEqual(['tweede versie'])
    fireEvent.keyDown(screen.getByRole('listitem'), { key: 'F2' })
    fireEvent.change(screen.getByLabelText('Bijdrage bewerken'), { target: { value: 'weg ermee' } })
    fireEvent.keyDown(screen.getByLabelText('Bijdrage bewerken'), { key: 'Escape' })
    expect(cardTexts()).toEqual(['tweede versie'])
    expect(enqueued.at(-1)).toMatchObject({
      method: 'contribution.update',
      input: { patch: { text: 'tweede versie' } }
    })
  })

  it('reorders with Alt+Arrow keys and keeps the moved card focused', async () => {
    render(<Board />)
    type('een')
    type('twee')
    const first = screen.getAllByRole('listitem')[0]!
    first.focus()
    await act(async () => {
      fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true })
    })
    expect(cardTexts()).toEqual(['twee', 'een'])
    expect(document.activeElement?.textContent).toContain('een')
    expect(enqueued.at(-1)?.method).toBe('contribution.reorder')
  })

  it('tags with the number keys and marks a card for the action plan with P', () => {
    render(<Board />)
    type('idee voor ouderavond')
    const card = screen.getByRole('listitem')
    fireEvent.keyDown(card, { key: '3' })
    fireEvent.keyDown(screen.getByRole('listitem'), { key: 'p' })
    const updated = screen.getByRole('listitem')
    expect(within(updated).getByText('idee')).toBeTruthy()
    expect(within(updated).getByText('Naar actieplan')).toBeTruthy()
  })
})
