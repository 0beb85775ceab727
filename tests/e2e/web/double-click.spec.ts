import { expect, test } from '../support/fixtures'

test('double clicks create one session, one example session and one participant', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).dblclick()
  await expect(page.locator('.screen .eyebrow').first()).toHaveText('Stap 1')
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click()

  await page.getByLabel('Titel').fill('Teamsessie')
  await page.getByLabel('Datum').fill('2026-11-22')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).dblclick()
  await expect(page.getByRole('heading', { name: 'Teamsessie', level: 1 })).toBeVisible()
  await page.getByLabel('Naam', { exact: true }).fill('Anna')
  await page.getByRole('button', { name: 'Deelnemer toevoegen' }).dblclick()
  const team = page.locator('.participant-list')
  await expect(team.getByText('Anna')).toHaveCount(1)
  await page.reload()
  await expect(page.locator('.participant-list').getByText('Anna')).toHaveCount(1)

  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click()
  const list = page.getByRole('list', { name: 'Sessies, nieuwste eerst' })
  await expect(list.getByRole('heading')).toHaveCount(2)
})
