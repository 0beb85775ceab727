// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import kwaliteitskaartText from '../../../resources/content/kwaliteitskaart.json?raw'
import quickscanText from '../../../resources/content/quickscan.json?raw'
import referenceText from '../../../resources/content/reference.json?raw'
import successFactorsText from '../../../resources/content/success-factors.json?raw'
import { parsePack, type ContentBundle } from '../../../src/shared/content/content-bundle'
import { buildSessionFlow } from '../../../src/shared/domain/session-flow'
import type { Contribution } from '../../../src/shared/domain/workspace'

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

const { HeldCardsButton, HeldCardsPanel } =
  await import('../../../src/renderer/src/features/cards/HeldCardsPanel')
const { useCardsStore } = await import('../../../src/renderer/src/stores/cards-store')

const content: ContentBundle = {
  kwaliteitskaart: parsePack('kwaliteitskaart', kwaliteitskaartText),
  successFactors: parsePack('successFactors', successFactorsText),
  reference: parsePack('reference', referenceText),
  quickscan: parsePack('quickscan', quickscanText)
}
const flow = buildSessionFlow(content.kwaliteitskaart)
const sessionId = '11111111-1111-4111-8111-111111111111'

function card(n: number, screenId: string, text: string, held: boolean): Contribution {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    sessionId,
    screenId,
    text,
    tag: null,
    participantId: null,
    carryToPlan: false,
    position: n,
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
    origin: 'deelnemer',
    deviceId: null,
    deviceName: n === 1 ? 'Sanne' : null,
    held,
    hidden: false,
    mergedFrom: []
  }
}

/** The toolbar's count and the list it opens, as the session shell puts them together. */
function Toolbar() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <HeldCardsButton open={open} onToggle={() => setOpen(!open)} />
      {open && (
        <HeldCardsPanel
          flow={flow}
          content={content}
          screenLabel={(s) => s.id}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  )
}

beforeEach(() => {
  enqueued.length = 0
  useCardsStore
    .getState()
    .load(sessionId, [
      card(1, 'stap3-vraag-1', 'Van een telefoon bij Stap 3', true),
      card(2, 'stap1-vraag-2', 'Nog een bij Stap 1', true),
      card(3, 'stap1-vraag-1', 'Al goedgekeurd', false),
      card(4, content.quickscan.questions[0]!.id, 'Bij de quickscan', true)
    ])
})
afterEach(cleanup)

describe('held cards, seen and approved from any screen', () => {
  it('counts the held cards of every screen and lists them in the order of the meeting', () => {
    render(<Toolbar />)
    fireEvent.click(screen.getByRole('button', { name: '3 wachten op goedkeuring' }))
    const panel = screen.getByRole('complementary', { name: 'Wacht op goedkeuring' })
    const headings = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(headings).toEqual(['stap1-vraag-2', 'stap3-vraag-1', 'Quickscan, vraag 1'])
    expect(within(panel).queryByText('Al goedgekeurd')).toBeNull()
    expect(within(panel).getByText('via Sanne')).toBeTruthy()
  })

  it('approves one card, and the count follows', () => {
    render(<Toolbar />)
    fireEvent.click(screen.getByRole('button', { name: '3 wachten op goedkeuring' }))
    const item = screen.getByText('Nog een bij Stap 1').closest('li')!
    fireEvent.click(within(item).getByRole('button', { name: 'Keur goed' }))
    expect(screen.getByRole('button', { name: '2 wachten op goedkeuring' })).toBeTruthy()
    expect(screen.queryByText('Nog een bij Stap 1')).toBeNull()
    expect(enqueued.at(-1)).toMatchObject({
      method: 'contribution.update',
      input: { id: card(2, '', '', true).id, patch: { held: false } }
    })
  })

  it('approves all at once, and the button stays until the list is closed', () => {
    render(<Toolbar />)
    fireEvent.click(screen.getByRole('button', { name: '3 wachten op goedkeuring' }))
    fireEvent.click(screen.getByRole('button', { name: 'Keur alle 3 bijdragen goed' }))
    expect(useCardsStore.getState().cards.filter((c) => c.held)).toHaveLength(0)
    expect(screen.getByText('Er wacht niets op goedkeuring.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Sluit' }))
    expect(screen.queryByRole('button', { name: /goedkeuring/ })).toBeNull()
  })

  it('shows no count when nothing waits', () => {
    useCardsStore.getState().load(sessionId, [card(3, 'stap1-vraag-1', 'Al goedgekeurd', false)])
    render(<Toolbar />)
    expect(screen.queryByRole('button', { name: /goedkeuring/ })).toBeNull()
  })
})
