// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import quickscanText from '../../../resources/content/quickscan.json?raw'
import { parsePack } from '../../../src/shared/content/content-bundle'
import type { Quickscan } from '../../../src/shared/domain/quickscan'

vi.mock('../../../src/renderer/src/api/writes', () => ({
  writes: { enqueue: () => Promise.resolve(), idle: () => Promise.resolve() }
}))

const { RevealView } = await import('../../../src/renderer/src/features/quickscan/RevealView')
const { ItemDetail } = await import('../../../src/renderer/src/features/quickscan/ItemDetail')
const { useLocaleStore } = await import('../../../src/renderer/src/i18n')

const pack = parsePack('quickscan', quickscanText)
const answers = ['++', '+', '+/-', '-', '--', '?'] as const
const quickscan: Quickscan = {
  id: '11111111-1111-4111-8111-111111111111',
  sessionId: '22222222-2222-4222-8222-222222222222',
  revealed: true,
  packVersion: 1,
  respondents: [0, 1, 2].map((r) => ({
    id: `3333333${r}-3333-4333-8333-333333333333`,
    name: '',
    role: '',
    mode: 'laptop' as const,
    answers: Object.fromEntries(
      pack.questions.map((q, i) => [q.id, answers[(i + r) % answers.length]!])
    ),
    grades: {},
    completed: true,
    createdAt: '2026-12-01T10:00:00.000Z'
  })),
  priorities: [],
  createdAt: '2026-12-01T10:00:00.000Z'
}

/** Every text node that holds `text` sits inside an element marked Dutch (and there is one). */
function markedDutch(container: HTMLElement, text: string): boolean {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
  const holders: Element[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes(text) && node.parentElement) holders.push(node.parentElement)
  }
  return holders.length > 0 && holders.every((el) => el.closest('[lang="nl"]') !== null)
}

beforeEach(() => useLocaleStore.getState().setLocale('en'))
afterEach(() => {
  cleanup()
  useLocaleStore.getState().setLocale('nl')
})

describe("the quickscan's Dutch texts inside an English screen", () => {
  it('marks every question of the result and the cluster names lang="nl", not the app\'s words', () => {
    const { container } = render(
      <RevealView
        pack={pack}
        quickscan={quickscan}
        previous={null}
        filters={{ order: 'pack', cluster: '', factor: '', onlyChanged: false }}
        onOpenItem={() => undefined}
      />
    )
    for (const question of pack.questions) {
      expect(markedDutch(container, question.text), question.text).toBe(true)
    }
    for (const cluster of pack.clusters) {
      expect(markedDutch(container, cluster.title), cluster.title).toBe(true)
    }
    // The app's own headings stay in the screen's language.
    const english = [...container.querySelectorAll('h2, h3')].filter(
      (el) => el.closest('[lang="nl"]') === null
    )
    expect(english.length).toBeGreaterThan(0)
  })

  it('marks the question and its factor of one item lang="nl"', () => {
    const question = pack.questions[3]!
    const { container } = render(
      <ItemDetail pack={pack} quickscan={quickscan} previous={null} questionId={question.id} />
    )
    expect(markedDutch(container, question.text)).toBe(true)
    expect(container.querySelector('.eyebrow')?.getAttribute('lang')).toBe('nl')
  })
})
