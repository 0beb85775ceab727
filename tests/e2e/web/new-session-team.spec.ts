import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'

/** A title, the school De Brug added in the form, and a team name typed but not yet added. */
async function typeNewSchoolAndTeam(page: Page, title: string, team: string) {
  await page.getByLabel('Titel').fill(title)
  await page
    .getByRole('combobox', { name: 'School', exact: true })
    .selectOption({ label: '+ Nieuwe school…' })
  await page.getByLabel('Naam van de school').fill('De Brug')
  await page.getByRole('button', { name: 'School toevoegen' }).click()
  await page.getByLabel('Naam van het team').fill(team)
}

/**
 * The race a facilitator hit: add a team in the new-session form and click "Sessie aanmaken"
 * at once. With the team's answer held back for 800 ms (a slow laptop, a busy disk), the
 * session used to be made without the team.
 */
test('a session made while its new team is still being stored gets that team', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.route('**/api/team.create', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800))
    await route.continue()
  })
  await typeNewSchoolAndTeam(page, 'Teamoverleg december', 'Onderbouw')
  await page.getByRole('button', { name: 'Team toevoegen' }).click()
  // At once, as the facilitator did: the click waits while the form waits for the team.
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await expect(page.getByRole('heading', { name: 'Teamoverleg december', level: 1 })).toBeVisible()

  await page.getByRole('button', { name: 'Terug naar het overzicht' }).first().click()
  const session = page
    .getByRole('list', { name: 'Sessies, nieuwste eerst' })
    .getByRole('listitem')
    .filter({ hasText: 'Teamoverleg december' })
  await expect(session).toContainText('De Brug')
  await expect(session).toContainText('Onderbouw')
})

test('a team name typed but not added is pointed out, and no session is made', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await typeNewSchoolAndTeam(page, 'Teamoverleg januari', 'Bovenbouw')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await expect(page.getByRole('alert')).toContainText('Het nieuwe team is nog niet toegevoegd')
  await expect(page.getByRole('heading', { name: 'Sessies', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Team toevoegen' }).click()
  await expect(
    page.getByRole('combobox', { name: 'Team', exact: true }).locator('option:checked')
  ).toHaveText('Bovenbouw')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await expect(page.getByRole('heading', { name: 'Teamoverleg januari', level: 1 })).toBeVisible()
})
