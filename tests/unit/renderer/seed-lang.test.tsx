// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import kwaliteitskaartText from '../../../resources/content/kwaliteitskaart.json?raw'
import quickscanText from '../../../resources/content/quickscan.json?raw'
import referenceText from '../../../resources/content/reference.json?raw'
import successFactorsText from '../../../resources/content/success-factors.json?raw'
import { parsePack, type ContentBundle } from '../../../src/shared/content/content-bundle'
import { buildSessionFlow } from '../../../src/shared/domain/session-flow'

vi.mock('../../../src/renderer/src/api/writes', () => ({
  writes: { enqueue: () => Promise.resolve(), idle: () => Promise.resolve() }
}))

const { ScreenView } = await import('../../../src/renderer/src/features/session/ScreenView')
const { useLocaleStore } = await import('../../../src/renderer/src/i18n')

const content: ContentBundle = {
  kwaliteitskaart: parsePack('kwaliteitskaart', kwaliteitskaartText),
  successFactors: parsePack('successFactors', successFactorsText),
  reference: parsePack('reference', referenceText),
  quickscan: parsePack('quickscan', quickscanText)
}
const pack = content.kwaliteitskaart
const flow = buildSessionFlow(pack)

/** The Dutch seed texts each kind of screen shows. */
function seedTexts(kind: string, itemId?: string): string[] {
  const [stap1, stap2, stap3] = pack.steps
  switch (kind) {
    case 'focus':
      return [pack.practiceQuestions.heading, ...pack.practiceQuestions.items.map((i) => i.text)]
    case 'step-intro':
      return [stap1.title, ...stap1.intro]
    case 'stap1-question':
      return [stap1.questions.find((q) => q.id === itemId)?.text ?? '']
    case 'stap2-forms':
      return [stap2.conversationForms.intro, ...stap2.conversationForms.items.map((i) => i.text)]
    case 'stap2-agenda':
      return [stap2.conversationAgenda.intro, ...stap2.conversationAgenda.items.map((i) => i.text)]
    case 'stap3-question':
      return [stap3.questions.find((q) => q.id === itemId)?.text ?? '']
    case 'stap3-support':
      return stap3.closing
    default:
      return []
  }
}

beforeEach(() => useLocaleStore.getState().setLocale('en'))
afterEach(() => {
  cleanup()
  useLocaleStore.getState().setLocale('nl')
})

describe('seed content inside an English screen', () => {
  const kinds = ['focus', 'stap1-question', 'stap2-forms', 'stap2-agenda', 'stap3-question']
  const screens = [
    ...kinds.map((kind) => flow.find((s) => s.kind === kind)!),
    flow.find((s) => s.id === 'stap1')!,
    flow.find((s) => s.kind === 'stap3-support')!
  ]

  it.each(screens.map((s) => [s.id, s] as const))(
    'marks the Dutch texts of %s lang="nl"',
    (_, screen) => {
      const { container } = render(
        <ScreenView screen={screen} flow={flow} content={content} editable />
      )
      expect(document.documentElement.lang).toBe('en')
      const texts = seedTexts(screen.kind, screen.itemId)
      expect(texts.length).toBeGreaterThan(0)
      for (const text of texts) {
        const holders = [...container.querySelectorAll<HTMLElement>('*')].filter(
          (element) =>
            element.textContent?.trim() === text.trim() ||
            element.textContent?.trim().toLowerCase() === text.trim().toLowerCase()
        )
        expect(holders.length, text).toBeGreaterThan(0)
        const innermost = holders.at(-1)!
        expect(innermost.closest('[lang]')?.getAttribute('lang'), text).toBe('nl')
      }
    }
  )
})
