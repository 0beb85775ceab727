import { expect, test } from '../support/fixtures'

test('cards can be reordered by dragging, and the session reopens where it was left', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByLabel('Titel').fill('Sleepsessie')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await page.getByRole('button', { name: /^Ga naar scherm 4:/ }).click()
  await expect(page.locator('.screen .eyebrow').first()).toHaveText('Stap 1 · Vraag 1 van 10')
  const input = page.getByLabel('Nieuwe bijdrage')
  for (const text of ['een', 'twee', 'drie']) {
    await input.fill(text)
    await input.press('Enter')
  }
  const texts = page.locator('.card-list .card-text')
  await expect(texts).toHaveText(['een', 'twee', 'drie'])

  await page.locator('.card-list > li').nth(2).dragTo(page.locator('.card-list > li').nth(0))
  await expect(texts).toHaveText(['drie', 'een', 'twee'])
  await expect(page.getByText('Alles opgeslagen')).toBeVisible()

  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click()
  await page.getByRole('button', { name: 'Open: Sleepsessie' }).click()
  await expect(page.locator('.screen .eyebrow').first()).toHaveText('Stap 1 · Vraag 1 van 10')
  await expect(texts).toHaveText(['drie', 'een', 'twee'])
})
