// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { installFlushOnLeave } from '../../../src/renderer/src/api/pending-edits'
import { CardComposer } from '../../../src/renderer/src/features/cards/CardComposer'
import { draftPauseMs } from '../../../src/renderer/src/features/cards/composer-draft'

const key = 'samenspel.draft.s1.stap1-vraag-1'
installFlushOnLeave(window)

function Composer({ onAdd = () => {} }: { onAdd?: (text: string) => void }) {
  return <CardComposer participants={[]} draftKey={key} onAdd={onAdd} />
}

const field = () => screen.getByLabelText('Nieuwe bijdrage') as HTMLTextAreaElement
const type = (text: string) => fireEvent.change(field(), { target: { value: text } })

beforeEach(() => {
  vi.useFakeTimers()
  localStorage.clear()
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('the composer keeps a half-typed card', () => {
  it('writes it shortly after typing, not on every keystroke', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    render(<Composer />)
    for (const text of ['O', 'Ou', 'Oud', 'Ouders']) type(text)
    expect(localStorage.getItem(key)).toBeNull()
    act(() => vi.advanceTimersByTime(draftPauseMs))
    expect(localStorage.getItem(key)).toBe('Ouders')
    expect(setItem.mock.calls.filter(([k]) => k === key)).toHaveLength(1)
    setItem.mockRestore()
  })

  it('keeps writing while typing goes on without a pause', () => {
    render(<Composer />)
    let text = ''
    for (let i = 0; i < 20; i++) {
      text += 'x'
      type(text)
      act(() => vi.advanceTimersByTime(50))
    }
    // A second of typing: what was typed until a moment ago is stored already.
    expect(localStorage.getItem(key)?.length).toBeGreaterThanOrEqual(20 - draftPauseMs / 50)
  })

  it('writes it at once when the page is left before the pause ends (reload, tab closed)', () => {
    render(<Composer />)
    type('Net getypt')
    window.dispatchEvent(new Event('pagehide'))
    expect(localStorage.getItem(key)).toBe('Net getypt')
  })

  it('writes it when the page is hidden (the laptop goes to another window)', () => {
    render(<Composer />)
    type('Even weg')
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
    expect(localStorage.getItem(key)).toBe('Even weg')
  })

  it('writes it when the composer goes away (another screen)', () => {
    const { unmount } = render(<Composer />)
    type('Naar het volgende scherm')
    unmount()
    expect(localStorage.getItem(key)).toBe('Naar het volgende scherm')
  })

  it('forgets it at once when the card is sent, and a pending write does not bring it back', () => {
    const added: string[] = []
    render(<Composer onAdd={(text) => added.push(text)} />)
    type('Eerst bewaard')
    act(() => vi.advanceTimersByTime(draftPauseMs))
    type('Verstuurd')
    fireEvent.keyDown(field(), { key: 'Enter' })
    expect(added).toEqual(['Verstuurd'])
    expect(localStorage.getItem(key)).toBeNull()
    act(() => vi.advanceTimersByTime(draftPauseMs * 2))
    window.dispatchEvent(new Event('pagehide'))
    expect(localStorage.getItem(key)).toBeNull()
  })

  it('starts with the draft kept before', () => {
    localStorage.setItem(key, 'Van voor de herstart')
    render(<Composer />)
    expect(field().value).toBe('Van voor de herstart')
  })
})

describe('a keystroke in the composer', () => {
  it('leaves the text area as the browser keeps it: no text written back into it', async () => {
    render(<Composer />)
    const mutations: MutationRecord[] = []
    const observer = new MutationObserver((records) => mutations.push(...records))
    observer.observe(field(), { childList: true, characterData: true, subtree: true })
    for (const text of ['O', 'Ou', 'Oud', 'Oude', 'Ouder']) type(text)
    await Promise.resolve()
    observer.disconnect()
    expect(mutations).toEqual([])
    expect(field().value).toBe('Ouder')
  })

  it('still grows with each new line and counts near the limit', () => {
    render(<Composer />)
    type('een\ntwee\ndrie')
    expect(field().getAttribute('rows')).toBe('3')
    type('x'.repeat(80_000))
    expect(screen.getByText('80.000 van 100.000 tekens')).toBeTruthy()
  })
})
