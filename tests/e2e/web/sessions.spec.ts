import { startHost } from '../support/browser-host'
import { expect, test } from '../support/fixtures'
import { addSchoolAndTeam } from '../support/school'

test('a created session survives stopping and restarting the browser host', async ({
  page,
  host,
  dataDir
}) => {
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: 'Sessies' })).toBeVisible()
  await expect(page.getByText('Er zijn nog geen sessies')).toBeVisible()

  await page.getByLabel('Titel').fill('Teamsessie ouderbetrokkenheid')
  await addSchoolAndTeam(page, 'De Regenboog', 'Onderbouw')
  await page.getByLabel('Datum').fill('2026-11-22')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await expect(page.getByRole('heading', { name: 'Teamsessie ouderbetrokkenheid' })).toBeVisible()

  await host.stop()
  const restarted = await startHost(dataDir)
  try {
    await page.goto(restarted.url)
    const list = page.getByRole('list', { name: 'Sessies, nieuwste eerst' })
    await expect(list.getByText('Teamsessie ouderbetrokkenheid')).toBeVisible()
    await expect(list.getByText('22 november 2026 · De Regenboog · Onderbouw')).toBeVisible()
  } finally {
    await restarted.stop()
  }
})

test('sessions are listed newest first and can be opened, renamed and deleted', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  for (const [title, date] of [
    ['Voorjaar', '2026-03-01'],
    ['Najaar', '2026-10-01']
  ]) {
    await page.getByLabel('Titel').fill(title!)
    await page.getByLabel('Datum').fill(date!)
    await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
    await page.getByRole('button', { name: 'Terug naar het overzicht' }).click()
  }
  const list = page.getByRole('list', { name: 'Sessies, nieuwste eerst' })
  await expect(list.getByRole('heading')).toHaveText(['Najaar', 'Voorjaar'])

  await page.getByRole('button', { name: 'Naam wijzigen: Voorjaar' }).click()
  const rename = page.getByLabel('Nieuwe naam voor de sessie')
  await rename.fill('Voorjaarsbijeenkomst')
  await rename.press('Enter')
  await expect(list.getByRole('heading')).toHaveText(['Najaar', 'Voorjaarsbijeenkomst'])

  // Delete asks first: cancelling keeps the session.
  await page.getByRole('button', { name: 'Verwijder: Najaar' }).click()
  const dialog = page.getByRole('dialog', { name: 'Sessie verwijderen?' })
  await expect(dialog).toContainText('“Najaar”')
  await dialog.getByRole('button', { name: 'Annuleer' }).click()
  await expect(list.getByRole('heading')).toHaveText(['Najaar', 'Voorjaarsbijeenkomst'])

  await page.getByRole('button', { name: 'Verwijder: Najaar' }).click()
  await dialog.getByRole('button', { name: 'Verwijder' }).click()
  await expect(list.getByRole('heading')).toHaveText(['Voorjaarsbijeenkomst'])
  await expect(page.getByRole('status')).toHaveText('Sessie “Najaar” is verwijderd.')

  await page.getByRole('button', { name: 'Open: Voorjaarsbijeenkomst' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voorjaarsbijeenkomst')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voorjaarsbijeenkomst')
})

test('participants are added with a role and kept', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByLabel('Titel').fill('Sessie met deelnemers')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await page.getByLabel('Naam', { exact: true }).fill('Anna de Vries')
  await page.getByLabel('Rol').fill('zorgcoördinator')
  await page.getByLabel('Rol').press('Enter')
  await expect(page.getByLabel('Naam', { exact: true })).toBeFocused()
  await page.getByLabel('Naam', { exact: true }).fill('Bram')
  await page.getByLabel('Naam', { exact: true }).press('Enter')
  const participants = page.locator('.participant-list li')
  await expect(participants).toHaveCount(2)
  await expect(participants.first()).toContainText('Anna de Vries')
  await expect(participants.first()).toContainText('zorgcoördinator')
  await page.reload()
  await expect(participants).toHaveCount(2)
  await page.getByRole('button', { name: 'Verwijder Bram' }).click()
  await expect(participants).toHaveCount(1)
})

test('the interface switches to English in the settings and remembers the choice', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Instellingen' }).click()
  await page.getByRole('dialog', { name: 'Instellingen' }).getByLabel('Taal').selectOption('en')
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('without the access token the app explains how to get in', async ({ page, host }) => {
  await page.goto(host.origin + '/')
  await expect(page.getByRole('alert')).toContainText('toegangscode')
})
