import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../src/main/content/load-content'
import { buildSessionFlow, neighbourScreen } from '../../../src/shared/domain/session-flow'

const pack = loadContent(join(__dirname, '..', '..', '..', 'resources')).kwaliteitskaart

describe('session flow', () => {
  const flow = buildSessionFlow(pack)

  it('runs start → practice questions → Stap 1 → Stap 2 → Stap 3 → wrap-up', () => {
    expect(flow[0]?.id).toBe('start')
    expect(flow[1]?.id).toBe('praktijkvragen')
    expect(flow.at(-1)?.id).toBe('afronding')
    const steps = flow.map((s) => s.step)
    expect([...steps].sort((a, b) => a - b)).toEqual(steps)
  })

  it('gives every Stap 1 and Stap 3 question of the pack its own card screen', () => {
    const questions = [...pack.steps[0].questions, ...pack.steps[2].questions].map((q) => q.id)
    const screens = flow.filter((s) => s.itemId).map((s) => s.id)
    expect(screens).toEqual(questions)
    expect(flow.filter((s) => s.itemId).every((s) => s.cards)).toBe(true)
  })

  it('collects cards on Stap 2 screens too, like every other question screen', () => {
    const stap2 = flow.filter((s) => s.kind === 'stap2-forms' || s.kind === 'stap2-agenda')
    expect(stap2.map((s) => s.id)).toEqual(['stap2-gespreksvormen', 'stap2-gespreksagenda'])
    expect(stap2.every((s) => s.cards)).toBe(true)
  })

  it('has unique screen ids', () => {
    expect(new Set(flow.map((s) => s.id)).size).toBe(flow.length)
  })

  it('moves to the neighbouring screen and stops at both ends', () => {
    expect(neighbourScreen(flow, 'start', 1).id).toBe('praktijkvragen')
    expect(neighbourScreen(flow, 'start', -1).id).toBe('start')
    expect(neighbourScreen(flow, 'afronding', 1).id).toBe('afronding')
    expect(neighbourScreen(flow, 'unknown', 1).id).toBe('praktijkvragen')
  })
})
