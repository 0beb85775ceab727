import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { addSchoolAndTeam } from '../support/school'

async function addParticipant(page: Page, name: string) {
  await page.getByLabel('Naam', { exact: true }).fill(name)
  await page.getByLabel('Naam', { exact: true }).press('Enter')
  await expect(page.locator('.participant-list')).toContainText(name)
}

async function addAction(page: Page, what: string, deadline?: string) {
  await page.getByLabel('Nieuwe actie: wat gaan we doen?').fill(what)
  await page.getByRole('button', { name: 'Actie toevoegen' }).click()
  if (deadline) await page.getByLabel('Wanneer klaar').fill(deadline)
  await expect(page.locator('.action-summary .action-what').last()).toHaveText(what)
}

async function toStart(page: Page) {
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).first().click()
  await expect(page.getByRole('heading', { name: 'Sessies', level: 1 })).toBeVisible()
}

async function createSession(page: Page, title: string, date: string) {
  await page.getByLabel('Titel').fill(title)
  await page.getByLabel('Datum').fill(date)
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible()
}

const reviewItem = (page: Page, what: string) =>
  page.locator('.review-list > li').filter({ hasText: what })

test('three meetings of one team: actions come back until decided, and the school page shows all', async ({
  page,
  host
}, testInfo) => {
  test.setTimeout(120_000)
  await page.goto(host.url)

  // Meeting 1: a new PO school and team, made on the spot; the VO note is said once.
  await addSchoolAndTeam(page, 'Het Baken', 'Onderbouw', 'PO')
  await createSession(page, 'Eerste bijeenkomst', '2026-09-01')
  await addParticipant(page, 'Anna')
  await addParticipant(page, 'Bram')
  await page.getByRole('button', { name: 'Quickscan', exact: true }).first().click()
  await expect(page.getByRole('note')).toHaveCount(1)
  await expect(page.getByRole('note')).toContainText('voortgezet onderwijs')
  await page.getByRole('button', { name: 'Actieplan', exact: true }).first().click()
  await addAction(page, 'Koffieochtend voor nieuwe ouders', '2026-10-01')
  await addAction(page, 'Welkomstbord bij de ingang')
  await addAction(page, 'Nieuwsbrief vertalen')
  await expect(page.getByText('Alles opgeslagen')).toBeVisible()
  await toStart(page)

  // Meeting 2: the same team from the list; last time's participants come along.
  await page
    .getByRole('combobox', { name: 'School', exact: true })
    .selectOption({ label: 'Het Baken' })
  await expect(page.getByRole('combobox', { name: 'Team', exact: true })).toHaveValue(/.+/)
  await expect(page.getByLabel(/Deelnemers van de vorige bijeenkomst meenemen/)).toBeChecked()
  await expect(page.getByText('Anna, Bram')).toBeVisible()
  await createSession(page, 'Tweede bijeenkomst', '2026-11-22')
  await expect(page.locator('.participant-list')).toContainText('Anna')
  await expect(page.locator('.participant-list')).toContainText('Bram')
  const panel = page.locator('.review-panel')
  await expect(panel.locator('.review-list > li')).toHaveCount(3)
  await expect(reviewItem(page, 'Koffieochtend')).toContainText('te laat')
  await reviewItem(page, 'Koffieochtend').getByRole('button', { name: 'Loopt door' }).click()
  await reviewItem(page, 'Welkomstbord').getByRole('button', { name: 'Klaar' }).click()
  await reviewItem(page, 'Nieuwsbrief').getByRole('button', { name: 'Vervallen' }).click()
  // Without a reason it is refused; with one it is recorded.
  await page.getByRole('button', { name: 'Reden opslaan' }).click()
  await expect(page.getByText('Schrijf kort op waarom deze actie vervalt.')).toBeVisible()
  await page.getByRole('button', { name: 'Sluit' }).first().click()
  await page.getByLabel('Waarom vervalt deze actie?').fill('Ouders lezen de schoolapp')
  await page.getByLabel('Waarom vervalt deze actie?').press('Enter')
  await expect(reviewItem(page, 'Nieuwsbrief')).toContainText(
    'Vervallen omdat: Ouders lezen de schoolapp'
  )
  for (const [what, pressed] of [
    ['Koffieochtend', 'Loopt door'],
    ['Welkomstbord', 'Klaar'],
    ['Nieuwsbrief', 'Vervallen']
  ] as const) {
    await expect(reviewItem(page, what).getByRole('button', { name: pressed })).toHaveAttribute(
      'aria-pressed',
      'true'
    )
  }
  await toStart(page)

  // Meeting 3, started from the school's page: only "loopt door" comes back.
  await page.locator('.school-list').getByRole('button', { name: 'Het Baken' }).click()
  await expect(page.getByRole('heading', { name: 'Het Baken', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Nieuwe sessie voor Onderbouw' }).click()
  await createSession(page, 'Derde bijeenkomst', '2027-02-14')
  await expect(page.locator('.review-list > li')).toHaveCount(1)
  await expect(reviewItem(page, 'Koffieochtend')).toContainText('loopt door sinds 22 november 2026')
  await toStart(page)

  // The school's page: three meetings in time, every action with what became of it.
  await page.locator('.school-list').getByRole('button', { name: 'Het Baken' }).click()
  const sessions = page.locator('.traject-sessions > li')
  await expect(sessions).toHaveCount(3)
  await expect(sessions.nth(0)).toContainText('1 september 2026')
  await expect(sessions.nth(1)).toContainText('3 eerdere acties besproken')
  const row = (what: string) => page.locator('.traject-actions tbody tr').filter({ hasText: what })
  await expect(row('Koffieochtend')).toContainText('loopt door')
  await expect(row('Koffieochtend')).toContainText('te laat')
  await expect(row('Welkomstbord')).toContainText('klaar')
  await expect(row('Nieuwsbrief')).toContainText('vervallen')
  await expect(row('Nieuwsbrief')).toContainText('Ouders lezen de schoolapp')
  await expect(page.getByRole('note')).toContainText('voortgezet onderwijs')
  await page.screenshot({ path: testInfo.outputPath('school-page.png'), fullPage: true })

  // The first meeting's plan shows what became of its actions.
  await page.getByRole('button', { name: 'Eerste bijeenkomst' }).click()
  await page.getByRole('button', { name: 'Actieplan', exact: true }).first().click()
  const fates = page.locator('.action-fates')
  await expect(fates).toContainText('Nieuwsbrief vertalen: 22 november 2026: vervallen')
  await expect(fates).toContainText(
    'Koffieochtend voor nieuwe ouders: 22 november 2026: loopt door'
  )
  await page.screenshot({ path: testInfo.outputPath('first-plan.png'), fullPage: true })
})
