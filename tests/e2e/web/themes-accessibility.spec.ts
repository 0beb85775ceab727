import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { loadContent } from '../../../src/main/content/load-content'
import { generatedBoard } from '../../helpers/board-files'
import { revealedQuickscan } from '../support/audience'
import { wcagViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

const pack = loadContent(join(__dirname, '..', '..', '..', 'resources')).quickscan

/** WCAG 2.2 A/AA on this page, and one h1 to name it (screen readers jump by it). */
async function check(page: Page, label: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  expect(await wcagViolations(page), label).toEqual([])
  expect(await page.locator('h1:visible').count(), `${label}: one h1`).toBe(1)
}

for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`every screen of the facilitator's and the audience view passes WCAG 2.2 AA in the ${theme} theme`, async ({
    page,
    host
  }, testInfo) => {
    test.setTimeout(420_000)
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).click()
    await expect(page.locator('.session-shell')).toBeVisible()
    await page.getByLabel('Thema').selectOption(theme)
    const sessionHash = await page.evaluate(() => window.location.hash.split('/').slice(0, 3))
    const sessionId = sessionHash[2] ?? ''
    const [projector] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Projectorvenster' }).click()
    ])
    // 16:10, the shape of most classroom projectors (WXGA).
    await projector.setViewportSize({ width: 1280, height: 800 })
    await expect(projector.locator('html')).toHaveAttribute('data-theme', theme)
    const total = Number(
      (await page.getByText(/Scherm \d+ van \d+/).textContent())?.match(/van (\d+)/)?.[1]
    )
    expect(total).toBeGreaterThan(15)
    await page.getByRole('button', { name: /^Ga naar scherm 1:/ }).click()
    for (let screen = 1; screen <= total; screen++) {
      await expect(page.getByText(`Scherm ${screen} van ${total}`)).toBeVisible()
      await check(page, `facilitator, screen ${screen}`)
      await check(projector, `audience view, screen ${screen}`)
      // The clicker turns any pages of the audience view first, then moves on.
      for (let press = 0; screen < total && press < 20; press++) {
        await page.keyboard.press('PageDown')
        const next = page.getByText(`Scherm ${screen + 1} van ${total}`)
        if (await next.isVisible().catch(() => false)) break
        await page.waitForTimeout(150)
        if (await next.isVisible()) break
      }
    }

    await page.getByRole('button', { name: 'Sneltoetsen (?)' }).click()
    await check(page, 'shortcut list')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Naslag', exact: true }).click()
    await expect(page.getByRole('complementary', { name: 'Naslag' })).toBeVisible()
    await check(page, 'reference panel')
    await page.getByRole('button', { name: 'Naslag', exact: true }).click()

    await page.getByRole('button', { name: 'Actieplan', exact: true }).first().click()
    await expect(page.getByRole('heading', { name: 'Actieplan', level: 1 })).toBeVisible()
    await check(page, 'action plan')
    await page.getByRole('button', { name: 'Rapport maken' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await check(page, 'report dialog')
    await page.keyboard.press('Escape')

    // The quickscan as the facilitator runs it and as the room sees it once revealed.
    await revealedQuickscan(page, sessionId)
    await page.reload()
    await page.getByRole('button', { name: 'Quickscan', exact: true }).click()
    await check(page, 'quickscan overview')
    await page.getByRole('button', { name: 'Uitkomst bekijken' }).click()
    await expect(projector.locator('.reveal-view')).toBeVisible()
    await check(page, 'quickscan result')
    await check(projector, 'audience view, quickscan result')
    await page.locator('.item-results > li button').first().click()
    await expect(page.locator('.item-detail')).toBeVisible()
    await expect(projector.locator('.item-detail')).toBeVisible()
    await check(page, 'quickscan item')
    await check(projector, 'audience view, quickscan item')
    await page.getByRole('button', { name: 'Sessie', exact: true }).click()

    await page.getByRole('button', { name: 'Presenteren' }).click()
    await expect(page.locator('.audience')).toBeVisible()
    await check(page, 'presenter mode')
    await page.keyboard.press('Escape')

    await page.goto(`${host.url.split('#')[0]}#/`)
    await expect(page.getByRole('button', { name: 'Voorbeeldsessie maken' })).toBeVisible()
    await check(page, 'start screen')
    await page.locator('.school-list button').first().click()
    await expect(page.locator('.school-page')).toBeVisible()
    await check(page, 'school page')
    await page.goto(`${host.url.split('#')[0]}#/`)
    await page.getByRole('button', { name: 'Vergelijk scholen (bestuur)' }).click()
    await expect(page.locator('.board-view')).toBeVisible()
    await check(page, 'board view, empty')
    const files = generatedBoard(pack, 6).map((file, i) => {
      const path = testInfo.outputPath(`school-${i + 1}.samenspel-bestuur.json`)
      writeFileSync(path, JSON.stringify(file))
      return path
    })
    await page.getByLabel('Kies bestanden').setInputFiles(files)
    await expect(page.locator('tr[data-school-row]')).toHaveCount(6)
    await check(page, 'board view, six schools')
  })
}
