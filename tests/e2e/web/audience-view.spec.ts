import type { Page } from '@playwright/test'
import { revealedQuickscan, sessionWithCards } from '../support/audience'
import { expect, test } from '../support/fixtures'

// 4:3 (an old XGA beamer), 16:10 (WXGA, most classroom projectors), 16:9 full HD and 4K.
const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 }
]
const themes = ['light', 'dark', 'contrast'] as const

interface Seen {
  inside: string[]
  total: number
  overflowX: boolean
  controls: number
  page: string | null
}

/** What the room sees right now: which blocks are entirely on screen, and nothing else leaks. */
function look(projector: Page, selector: string): Promise<Seen> {
  return projector.evaluate((selector) => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect()
      const style = getComputedStyle(el)
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden'
    }
    const within = (r: DOMRect, box: DOMRect) =>
      r.left >= box.left - 0.5 &&
      r.top >= box.top - 0.5 &&
      r.right <= box.right + 0.5 &&
      r.bottom <= box.bottom + 0.5
    const screen = new DOMRect(0, 0, innerWidth, innerHeight)
    const blocks = [...document.querySelectorAll(selector)]
    const inside = blocks
      .filter((el) => {
        const r = el.getBoundingClientRect()
        // The paged area clips what is on another page: a block must be inside it too.
        const clip = el.closest('.paged-viewport')?.getBoundingClientRect() ?? screen
        return visible(el) && within(r, screen) && within(r, clip)
      })
      .map((el, index) => (el as HTMLElement).dataset.cardId ?? el.textContent ?? String(index))
    return {
      inside,
      total: blocks.length,
      overflowX:
        document.documentElement.scrollWidth > innerWidth || document.body.scrollWidth > innerWidth,
      controls: [...document.querySelectorAll('input, select, textarea')].filter(visible).length,
      page: document.querySelector('.audience-page')?.textContent ?? null
    }
  }, selector)
}

/** Turns every page with the clicker key on the facilitator's laptop; returns all blocks seen. */
async function everyPage(page: Page, projector: Page, selector: string): Promise<Set<string>> {
  const seen = new Set<string>()
  const first = await look(projector, selector)
  const pages = Number(first.page?.split('/')[1] ?? 1)
  for (let at = 1; at <= pages; at++) {
    const now = await look(projector, selector)
    expect(now.overflowX, 'horizontal overflow').toBe(false)
    expect(now.controls, 'visible inputs, selects or text areas').toBe(0)
    for (const id of now.inside) seen.add(id)
    if (at < pages) {
      await page.keyboard.press('PageDown')
      await expect(projector.locator('.audience-page')).toHaveText(`${at + 1}/${pages}`)
    }
  }
  expect(seen.size, `blocks seen over ${pages} page(s)`).toBe(first.total)
  return seen
}

async function showScreen(page: Page, projector: Page, sessionId: string, screenId: string) {
  await page.evaluate((hash) => (window.location.hash = hash), `#/sessies/${sessionId}/${screenId}`)
  const number = screenId.split('-').at(-1)
  await expect(projector.locator('.audience-eyebrow')).toContainText(`Vraag ${number} van`)
  // Fitting measures after each render; give it the frames it needs to settle.
  await projector.waitForTimeout(200)
}

for (const theme of themes) {
  test(`the audience view fits 1024×768 to 4K in the ${theme} theme: every card on some page, no controls`, async ({
    page,
    host
  }, testInfo) => {
    test.setTimeout(300_000)
    await page.goto(host.url)
    const { id, screens } = await sessionWithCards(page)
    await revealedQuickscan(page, id)
    await page.evaluate((hash) => (window.location.hash = hash), `#/sessies/${id}/stap1-vraag-1`)
    await expect(page.locator('.session-shell')).toBeVisible()
    const [projector] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Projectorvenster' }).click()
    ])
    await expect(projector.locator('.audience')).toBeVisible()

    {
      await page.getByLabel('Thema').selectOption(theme)
      await expect(projector.locator('html')).toHaveAttribute('data-theme', theme)
      for (const size of sizes) {
        await projector.setViewportSize(size)
        for (const [screenId, count] of screens) {
          await showScreen(page, projector, id, screenId)
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
          await projector.screenshot({
            path: testInfo.outputPath(
              `audience-${theme}-${size.width}x${size.height}-${count}-cards.png`
            )
          })
          const seen = await everyPage(page, projector, '.audience-card')
          expect(seen.size).toBeGreaterThanOrEqual(count)
        }
        // On the last page the clicker goes on to the next question.
        await page.keyboard.press('PageDown')
        await expect(projector.locator('.audience-eyebrow')).toContainText('Vraag 4 van')

        await page.getByRole('button', { name: 'Quickscan', exact: true }).click()
        await page.getByRole('button', { name: 'Uitkomst bekijken' }).click()
        await expect(projector.locator('.reveal-view')).toBeVisible()
        await projector.waitForTimeout(200)
        await projector.screenshot({
          path: testInfo.outputPath(`audience-${theme}-${size.width}x${size.height}-quickscan.png`)
        })
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
        await everyPage(page, projector, '.item-results > li')
        await page.getByRole('button', { name: 'Sessie', exact: true }).click()
      }
    }
  })
}
