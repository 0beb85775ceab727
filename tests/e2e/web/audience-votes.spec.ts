import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { callApi } from '../support/api'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

const sizes = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 }
]

/** Which options are entirely inside the projector's screen and its paged area right now. */
function optionsInView(projector: Page): Promise<{ inside: string[]; overflowX: boolean }> {
  return projector.evaluate(() => {
    const screen = new DOMRect(0, 0, innerWidth, innerHeight)
    const within = (r: DOMRect, box: DOMRect) =>
      r.width > 0 &&
      r.left >= box.left - 0.5 &&
      r.top >= box.top - 0.5 &&
      r.right <= box.right + 0.5 &&
      r.bottom <= box.bottom + 0.5
    const inside = [...document.querySelectorAll<HTMLElement>('.audience-votes .vote-bars li')]
      .filter((li) => {
        const r = li.getBoundingClientRect()
        const clip = li.closest('.paged-viewport')?.getBoundingClientRect() ?? screen
        return within(r, screen) && within(r, clip)
      })
      .map((li) => li.dataset.optionId ?? '')
    return {
      inside,
      overflowX: document.documentElement.scrollWidth > innerWidth
    }
  })
}

/** A closed round of 40 cards, counted on paper for twelve people: more than one page fits. */
async function bigRound(page: Page, sessionId: string): Promise<string> {
  const cardIds: string[] = []
  for (let i = 0; i < 40; i++) {
    const id = randomUUID()
    cardIds.push(id)
    await callApi(page, 'contribution.add', {
      sessionId,
      id,
      screenId: 'stap1-vraag-9',
      text: `${i + 1}. Een idee om ouders vaker en eerder te betrekken bij wat er in de klas gebeurt`,
      tag: 'idee',
      participantId: null
    })
  }
  const round = await callApi<{ id: string; options: { id: string }[] }>(page, 'vote.start', {
    sessionId,
    id: randomUUID(),
    title: 'Alle ideeën',
    dotsPerPerson: 3,
    options: cardIds.map((refId) => ({ kind: 'card', refId }))
  })
  const dots = Object.fromEntries(round.options.slice(0, 12).map((o, i) => [o.id, i + 1]))
  await callApi(page, 'vote.setPaper', { roundId: round.id, people: 30, dots })
  await callApi(page, 'vote.setStatus', { roundId: round.id, status: 'gesloten' })
  return round.id
}

test('the room sees a voting round only when the facilitator shows it, its result only once closed, on every page at 1024×768 and 1920×1080', async ({
  page,
  host
}, testInfo) => {
  test.setTimeout(120_000)
  const crashes: string[] = []
  page.on('pageerror', (error) => crashes.push(error.message))
  await page.goto(host.url)
  const demo = await callApi<{ id: string }>(page, 'session.createDemo', {})
  const bigId = await bigRound(page, demo.id)
  await page.evaluate((hash) => (window.location.hash = hash), `#/sessies/${demo.id}/stap1-vraag-1`)
  await expect(page.locator('.session-shell')).toBeVisible()
  const [projector] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Projectorvenster' }).click()
  ])
  await expect(projector.locator('.audience')).toBeVisible()
  await page.getByRole('button', { name: 'Samen kiezen', exact: true }).click()

  // Rounds exist, but nothing of them is on the room's screen until the facilitator says so.
  const demoRound = page.locator('.round-panel').filter({ hasText: 'Waar beginnen we mee?' })
  await expect(demoRound).toBeVisible()
  await expect(projector.locator('.audience-votes')).toHaveCount(0)
  await expect(projector.locator('.audience-eyebrow')).toBeVisible()

  await demoRound.getByRole('button', { name: 'Op het scherm voorin' }).click()
  const stage = projector.locator('.audience-votes')
  await expect(projector.locator('#audience-question h1')).toHaveText('Waar beginnen we mee?')
  await expect(stage.locator('.vote-bars li')).toHaveCount(6)
  await expect(stage.locator('.vote-bars li').first()).toContainText('7 stippen')
  await expect(stage).toContainText('6 deelnemers stemden (5 op een telefoon, 1 op papier)')
  expect(await seriousViolations(projector)).toEqual([])

  // Reopened, the round is being voted on: the room sees how many voted, not the standings.
  await demoRound.getByRole('button', { name: 'Weer openen' }).click()
  await expect(stage.locator('.vote-hidden')).toBeVisible()
  await expect(stage.locator('.vote-bars')).toHaveCount(0)
  await demoRound.getByRole('button', { name: 'Stemronde sluiten' }).click()
  await expect(stage.locator('.vote-bars li')).toHaveCount(6)

  const big = page.locator(`.round-panel[data-round-id="${bigId}"]`)
  await big.getByRole('button', { name: 'Op het scherm voorin' }).click()
  await expect(projector.locator('#audience-question h1')).toHaveText('Alle ideeën')
  await expect(stage.locator('.vote-bars li')).toHaveCount(40)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  for (const size of sizes) {
    await projector.setViewportSize(size)
    await projector.waitForTimeout(300)
    const indicator = projector.locator('.audience-page')
    const pages = (await indicator.count())
      ? Number((await indicator.textContent())?.split('/')[1])
      : 1
    if (size.width === 1024)
      expect(pages, 'forty options need more than one page').toBeGreaterThan(1)
    const seen = new Set<string>()
    for (let at = 1; at <= pages; at++) {
      const now = await optionsInView(projector)
      expect(now.overflowX).toBe(false)
      for (const id of now.inside) seen.add(id)
      await projector.screenshot({
        path: testInfo.outputPath(`votes-${size.width}x${size.height}-page-${at}.png`)
      })
      if (at < pages) {
        await page.keyboard.press('PageDown')
        await expect(indicator).toHaveText(`${at + 1}/${pages}`)
      }
    }
    expect(seen.size, `options seen at ${size.width}×${size.height}`).toBe(40)
    expect(await seriousViolations(projector)).toEqual([])
    // Back to the first page for the next size.
    for (let at = pages; at > 1; at--) await page.keyboard.press('PageUp')
  }

  // Taken off the screen, the room is back on the session's own screen.
  await big.getByRole('button', { name: 'Staat op het scherm voorin' }).click()
  await expect(stage).toHaveCount(0)
  await expect(projector.locator('.audience-eyebrow')).toBeVisible()

  // Presenter mode on the laptop's own screen shows the round the facilitator shows, too.
  await demoRound.getByRole('button', { name: 'Op het scherm voorin' }).click()
  await expect(projector.locator('#audience-question h1')).toHaveText('Waar beginnen we mee?')
  await page.getByRole('button', { name: 'Presenteren' }).click()
  await expect(page.locator('.audience-votes .vote-bars li')).toHaveCount(6)
  await page.keyboard.press('Escape')
  await expect(page.locator('.audience')).toHaveCount(0)
  await expect(demoRound.getByRole('button', { name: 'Staat op het scherm voorin' })).toBeVisible()
  // Leaving Samen kiezen takes it off the room's screen.
  await page.getByRole('button', { name: 'Sessie', exact: true }).click()
  await expect(stage).toHaveCount(0)
  await expect(projector.locator('.audience-eyebrow')).toBeVisible()
  expect(crashes).toEqual([])
})
