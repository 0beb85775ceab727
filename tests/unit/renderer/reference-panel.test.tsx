// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
// The real packs as text, read the way Vite does: the web tsconfig has no Node types for node:fs.
import kwaliteitskaartText from '../../../resources/content/kwaliteitskaart.json?raw'
import quickscanText from '../../../resources/content/quickscan.json?raw'
import referenceText from '../../../resources/content/reference.json?raw'
import successFactorsText from '../../../resources/content/success-factors.json?raw'
import { ReferencePanel } from '../../../src/renderer/src/features/reference/ReferencePanel'
import { parsePack, type ContentBundle } from '../../../src/shared/content/content-bundle'

const content: ContentBundle = {
  kwaliteitskaart: parsePack('kwaliteitskaart', kwaliteitskaartText),
  successFactors: parsePack('successFactors', successFactorsText),
  reference: parsePack('reference', referenceText),
  quickscan: parsePack('quickscan', quickscanText)
}

function renderPanel() {
  const onClose = vi.fn()
  render(<ReferencePanel content={content} onClose={onClose} />)
  return { onClose, panel: screen.getByRole('complementary', { name: 'Naslag' }) }
}

afterEach(cleanup)

describe('ReferencePanel', () => {
  it('moves focus to its heading when it opens', () => {
    renderPanel()
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Naslag' }))
  })

  it('shows every top-level reference section, with its source, and lists it in the contents', () => {
    const { panel } = renderPanel()
    const contents = screen.getByRole('navigation', { name: 'Inhoud van de naslag' })
    for (const section of content.reference.sections) {
      const title = section.title ?? section.appLabel ?? ''
      expect(within(panel).getByRole('heading', { level: 3, name: title })).toBeTruthy()
      expect(within(contents).getByRole('button', { name: title })).toBeTruthy()
    }
    expect(within(panel).getAllByText(/^Bron: Gereedschap: het voortgangsgesprek/)).toHaveLength(1)
    expect(within(panel).getByText('Bron: Notitie ouderbetrokkenheid, § 3.5')).toBeTruthy()
    expect(within(panel).getByText('Bron: Notitie ouderbetrokkenheid, Bijlage A')).toBeTruthy()
  })

  it('renders nested subsections, lists and the success factor of checklist items', () => {
    const { panel } = renderPanel()
    expect(within(panel).getByRole('heading', { name: 'Checklist voortgangsgesprek' })).toBeTruthy()
    expect(within(panel).getByRole('heading', { name: 'VAKDOCENTEN' })).toBeTruthy()
    expect(within(panel).getByText('Neem elke ouder serieus')).toBeTruthy()
    for (let factor = 1; factor <= 10; factor++) {
      expect(within(panel).getAllByText(`succesfactor ${factor}`).length).toBeGreaterThan(0)
    }
  })

  it('shows all ten success factors in their three groups and the four aspects', () => {
    const { panel } = renderPanel()
    const factors = content.successFactors.groups.flatMap((group) => group.factors)
    expect(factors).toHaveLength(10)
    for (const group of content.successFactors.groups) {
      const heading = within(panel).getByRole('heading', { level: 4, name: group.heading })
      const list = heading.nextElementSibling as HTMLElement
      const items = within(list).getAllByRole('listitem')
      expect(items.map((item) => item.textContent)).toEqual(group.factors.map((f) => f.title))
      expect(items.map((item) => item.getAttribute('value'))).toEqual(
        group.factors.map((f) => String(f.number))
      )
    }
    for (const aspect of content.successFactors.improvementProcess.aspects) {
      const row = within(panel).getByRole('rowheader', { name: aspect.name }).closest('tr')!
      expect(within(row).getByText(aspect.explanation)).toBeTruthy()
    }
  })

  it('links every "Meer weten?" entry to its exact address in a new window', () => {
    const { panel } = renderPanel()
    const links = content.kwaliteitskaart.moreInfo.entries.flatMap((entry) =>
      'links' in entry ? entry.links : [entry]
    )
    expect(links.length).toBeGreaterThan(4)
    const anchors = within(panel).getAllByRole('link')
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual(links.map((link) => link.url))
    for (const link of links) {
      const anchor = within(panel).getByRole('link', {
        name: new RegExp(`^${escapeRegExp(link.text)}`)
      })
      expect(anchor.getAttribute('href')).toBe(link.url)
      expect(anchor.getAttribute('target')).toBe('_blank')
      expect(anchor.getAttribute('rel')).toBe('noreferrer noopener')
    }
    expect(within(panel).getByText('Praktijkkaarten')).toBeTruthy()
  })

  it('jumps to a section from the contents without touching the address', () => {
    renderPanel()
    const hash = window.location.hash
    fireEvent.click(screen.getByRole('button', { name: 'Meer weten?' }))
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Meer weten?' }))
    expect(window.location.hash).toBe(hash)
  })

  it('closes on Escape and with its labelled close button', () => {
    const { onClose } = renderPanel()
    fireEvent.keyDown(screen.getByRole('heading', { name: 'Naslag' }), { key: 'Escape' })
    expect(onClose).toHaveBeenCalledTimes(1)
    fireEvent.click(screen.getByRole('button', { name: 'Naslag sluiten' }))
    expect(onClose).toHaveBeenCalledTimes(2)
  })

  it('marks the Dutch reference text lang="nl" in an English screen, its own words English', async () => {
    const { useLocaleStore } = await import('../../../src/renderer/src/i18n')
    useLocaleStore.getState().setLocale('en')
    try {
      render(<ReferencePanel content={content} onClose={vi.fn()} />)
      const panel = screen.getByRole('complementary', { name: 'Reference' })
      const first = content.reference.sections[0]!
      const heading = within(panel).getByRole('heading', {
        name: first.title ?? first.appLabel ?? ''
      })
      expect(heading.closest('[lang]')?.getAttribute('lang')).toBe('nl')
      expect(
        within(panel)
          .getByRole('heading', { name: content.kwaliteitskaart.moreInfo.heading })
          .closest('[lang]')
          ?.getAttribute('lang')
      ).toBe('nl')
      const sources = panel.querySelectorAll('.reference-source')
      expect(sources.length).toBeGreaterThan(0)
      for (const source of sources) expect(source.getAttribute('lang')).toBe('en')
    } finally {
      useLocaleStore.getState().setLocale('nl')
    }
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
