// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
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

const sessionId = '11111111-1111-4111-8111-111111111111'
const screenId = 'stap1-vraag-1'

function addCards(...texts: string[]) {
  for (const text of texts)
    useCardsStore.getState().add({ screenId, text, tag: null, participantId: null })
}
const cardTexts = () =>
  screen.queryAllByRole('listitem').map((li) => li.querySelector('.card-text')?.textContent)
const cards = () => screen.getAllByRole('listitem')

beforeEach(() => {
  enqueued.length = 0
  useCardsStore.getState().load(sessionId, [])
})
afterEach(cleanup)

describe('merging cards', () => {
  it('undoes a merge like a delete: the card comes back and its text leaves the other card', () => {
    addCards('Ouderavond', 'Koffieochtend')
    render(<CardBoard screenId={screenId} editable />)
    const second = cards()[1] as HTMLElement
    second.focus()
    fireEvent.keyDown(second, { key: 'm' })
    expect(cardTexts()).toEqual(['Ouderavond\nKoffieochtend'])

    act(() => void useCardsStore.getState().undo())
    expect(cardTexts()).toEqual(['Ouderavond', 'Koffieochtend'])
    expect(enqueued.map((e) => e.method).slice(-3)).toEqual([
      'contribution.merge',
      'contribution.restore',
      'contribution.update'
    ])
    expect(enqueued.at(-1)?.input).toMatchObject({ patch: { text: 'Ouderavond' } })
  })

  it('keeps an edit made after the merge when the merge is undone, and brings the card back', () => {
    addCards('Ouderavond', 'Koffieochtend')
    const [target, source] = useCardsStore.getState().cards
    useCardsStore.getState().merge(target?.id ?? '', source?.id ?? '')
    useCardsStore.getState().update(target?.id ?? '', { text: 'Ouderavond en koffie' })
    useCardsStore.getState().undo()
    render(<CardBoard screenId={screenId} editable />)
    expect(cardTexts()).toEqual(['Ouderavond en koffie', 'Koffieochtend'])
  })
})

describe('a card list is one tab stop', () => {
  it('gives only one card tabindex 0 and moves it with focus, Home and End', () => {
    addCards('Een', 'Twee', 'Drie')
    render(<CardBoard screenId={screenId} editable />)
    const tabbable = () => cards().filter((card) => card.tabIndex === 0)
    expect(tabbable().map((card) => card.querySelector('.card-text')?.textContent)).toEqual(['Een'])

    const [first, , last] = cards() as [HTMLElement, HTMLElement, HTMLElement]
    first.focus()
    fireEvent.keyDown(first, { key: 'End' })
    expect(document.activeElement).toBe(last)
    expect(tabbable()).toEqual([last])
    fireEvent.keyDown(last, { key: 'Home' })
    expect(document.activeElement).toBe(first)
    expect(tabbable()).toEqual([first])
  })
})
