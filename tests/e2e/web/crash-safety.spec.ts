import { startHost } from '../support/browser-host'
import { expect, test } from '../support/fixtures'

test('cards typed while the browser host is down are stored once it is back, nothing lost', async ({
  page,
  host,
  dataDir
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).click()
  await expect(page.locator('.screen .eyebrow').first()).toHaveText('Stap 1')
  await page.keyboard.press('PageDown')
  await expect(page.locator('.screen .eyebrow').first()).toHaveText('Stap 1 · Vraag 1 van 10')
  const input = page.getByLabel('Nieuwe bijdrage')
  await input.fill('Voor de crash getypt')
  await input.press('Enter')
  await expect(page.getByText('Alles opgeslagen')).toBeVisible()

  // The host dies without warning; the facilitator keeps typing.
  const port = Number(new URL(host.url).port)
  host.process.kill('SIGKILL')
  await host.stop()
  await input.fill('Tijdens de storing getypt')
  await input.press('Enter')
  await expect(page.getByText('Tijdens de storing getypt')).toBeVisible()
  await expect(page.getByText(/Nog niet opgeslagen \(1\)/)).toBeVisible()

  // Back on the same port with a new access code: opening its address sends what waited.
  const restarted = await startHost(dataDir, port)
  try {
    await expect(page.getByText(/Samenspel is opnieuw gestart/)).toBeVisible({ timeout: 15_000 })
    await page.goto(restarted.url)
    await expect(page.getByRole('heading', { name: 'Sessies' })).toBeVisible()
    await page.getByRole('button', { name: /^Open: Voorbeeldsessie/ }).click()
    await expect(page.locator('.screen .eyebrow').first()).toHaveText('Stap 1 · Vraag 1 van 10')
    await expect(page.getByText('Voor de crash getypt')).toBeVisible()
    await expect(page.getByText('Tijdens de storing getypt')).toBeVisible()
    await page.reload()
    await expect(page.getByText('Tijdens de storing getypt')).toHaveCount(1)
  } finally {
    await restarted.stop()
  }
})
