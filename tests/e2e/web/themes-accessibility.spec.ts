import { wcagViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

for (const theme of ['light', 'dark', 'contrast'] as const) {
  test(`every screen of the facilitator's and the audience view passes WCAG 2.2 AA in the ${theme} theme`, async ({
    page,
    host
  }) => {
    test.setTimeout(180_000)
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).click()
    await expect(page.locator('.session-shell')).toBeVisible()
    await page.getByLabel('Thema').selectOption(theme)
    const [projector] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Projectorvenster' }).click()
    ])
    await projector.setViewportSize({ width: 1280, height: 800 })
    await expect(projector.locator('html')).toHaveAttribute('data-theme', theme)
    const total = Number(
      (await page.getByText(/Scherm \d+ van \d+/).textContent())?.match(/van (\d+)/)?.[1]
    )
    await page.getByRole('button', { name: /^Ga naar scherm 1:/ }).click()
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    // Screens of one kind share their components: one scan per kind keeps the run short.
    const kinds = new Set<string>()
    for (let screen = 1; screen <= total; screen++) {
      await expect(page.getByText(`Scherm ${screen} van ${total}`)).toBeVisible()
      const kind = await page.evaluate(() => {
        const article = document.querySelector('.session-main > .screen')
        const eyebrow = article?.querySelector('.eyebrow')?.textContent?.slice(0, 6) ?? ''
        return `${article?.className ?? ''}|${eyebrow}`
      })
      if (!kinds.has(kind)) {
        kinds.add(kind)
        expect(await wcagViolations(page), `facilitator, screen ${screen}`).toEqual([])
        expect(await wcagViolations(projector), `audience view, screen ${screen}`).toEqual([])
      }
      // The clicker turns any pages of the audience view first, then moves on.
      for (let press = 0; screen < total && press < 20; press++) {
        await page.keyboard.press('PageDown')
        const next = page.getByText(`Scherm ${screen + 1} van ${total}`)
        if (await next.isVisible().catch(() => false)) break
        await page.waitForTimeout(150)
        if (await next.isVisible()) break
      }
    }
    expect(kinds.size).toBeGreaterThanOrEqual(9)
    await page.getByRole('button', { name: 'Sneltoetsen (?)' }).click()
    expect(await wcagViolations(page), 'shortcut list').toEqual([])
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Presenteren' }).click()
    await expect(page.locator('.audience')).toBeVisible()
    expect(await wcagViolations(page), 'presenter mode').toEqual([])
  })
}
