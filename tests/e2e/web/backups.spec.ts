import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startHost } from '../support/browser-host'
import { expect, test } from '../support/fixtures'

test('a backup made now can be restored from the start screen, after asking', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByLabel('Titel').fill('Voor de back-up')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click()

  await page.getByText('Back-ups', { exact: true }).click()
  await page.getByRole('button', { name: 'Nu een back-up maken' }).click()
  await expect(page.getByText('Back-up gemaakt.')).toBeVisible()

  await page.getByRole('button', { name: 'Naam wijzigen: Voor de back-up' }).click()
  await page.getByLabel('Nieuwe naam voor de sessie').fill('Na de back-up')
  await page.getByLabel('Nieuwe naam voor de sessie').press('Enter')
  const titles = page.getByRole('list', { name: 'Sessies, nieuwste eerst' }).getByRole('heading')
  await expect(titles).toHaveText(['Na de back-up'])

  await page
    .getByRole('button', { name: /^Zet de back-up van .* terug$/ })
    .first()
    .click()
  await page
    .getByRole('dialog', { name: 'Back-up terugzetten?' })
    .getByRole('button', { name: 'Zet terug' })
    .click()
  await expect(page.getByText('De back-up is teruggezet.')).toBeVisible()
  await expect(titles).toHaveText(['Voor de back-up'])
})

test('a damaged database is moved aside and the facilitator is told in Dutch', async ({
  page,
  dataDir
}) => {
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(join(dataDir, 'samenspel.db'), 'Dit is geen database maar een boodschappenlijst.\n')
  const host = await startHost(dataDir)
  try {
    await page.goto(host.url)
    const dialog = page.getByRole('dialog', { name: 'Het databasebestand was beschadigd' })
    await expect(dialog).toContainText('Het bestand is geen Samenspel-database.')
    await expect(dialog).toContainText('beschadigd')
    await dialog.getByRole('button', { name: 'Doorgaan met een lege database' }).click()
    await expect(page.getByText('Er zijn nog geen sessies')).toBeVisible()
  } finally {
    await host.stop()
  }
})
