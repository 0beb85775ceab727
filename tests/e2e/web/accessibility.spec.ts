import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'

// Every session screen in every theme, with every WCAG 2.2 A/AA rule: themes-accessibility.spec.ts.
test('the projector view shows the current screen without controls and passes the scan', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).click()
  await expect(page.locator('.session-shell')).toBeVisible()
  const [projector] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Projectorvenster' }).click()
  ])
  await expect(projector.locator('.audience h1')).toHaveText(/Stap 1|Bespreek/)
  await expect(projector.getByLabel('Nieuwe bijdrage')).toHaveCount(0)
  await expect(projector.locator('.facilitator-notes')).toHaveCount(0)
  expect(await seriousViolations(projector), 'projector').toEqual([])

  // The projector follows the facilitator to the next screen and shows a new card.
  await page.keyboard.press('PageDown')
  await expect(projector.locator('.audience .audience-eyebrow').first()).toHaveText(
    'Stap 1 · Vraag 1 van 10'
  )
  await page.getByLabel('Nieuwe bijdrage').fill('Zichtbaar op de beamer')
  await page.getByLabel('Nieuwe bijdrage').press('Enter')
  await expect(projector.getByText('Zichtbaar op de beamer')).toBeVisible()
})

test('the action plan, the report dialog and the quickscan screens pass the scan', async ({
  page,
  host
}) => {
  test.setTimeout(90_000)
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).click()
  await expect(page.locator('.session-shell')).toBeVisible()

  await page.getByRole('button', { name: 'Actieplan', exact: true }).first().click()
  await expect(page.getByRole('heading', { name: 'Actieplan', level: 1 })).toBeVisible()
  await page
    .getByRole('button', { name: /^Actie maken van:/ })
    .first()
    .click()
  await expect(page.locator('.action-editor')).toBeVisible()
  expect(await seriousViolations(page), 'action plan with an open action').toEqual([])
  await page.getByRole('button', { name: 'Rapport maken' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  expect(await seriousViolations(page), 'report dialog').toEqual([])
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Quickscan', exact: true }).click()
  await page.getByRole('button', { name: 'Quickscan starten' }).click()
  expect(await seriousViolations(page), 'quickscan overview').toEqual([])
  await page.getByRole('button', { name: 'Vul in op deze laptop (privé)' }).click()
  expect(await seriousViolations(page), 'respondent start').toEqual([])
  await page.getByRole('button', { name: 'Begin' }).click()
  await expect(page.getByText('Vraag 1 van 49')).toBeVisible()
  await page.keyboard.press('2')
  await expect(page.getByText('Vraag 2 van 49')).toBeVisible()
  expect(await seriousViolations(page), 'answering').toEqual([])
  await page.getByRole('button', { name: 'Later verder' }).click()
  expect(await seriousViolations(page), 'pass on').toEqual([])
  // The laptop goes back to the facilitator only by their deliberate choice.
  await page.getByRole('button', { name: 'Teruggeven aan de gespreksleider' }).click()
  await page.getByRole('button', { name: 'Ik ben de gespreksleider' }).click()
  await expect(page.getByText('1 van 49 beantwoord')).toBeVisible()
  await page.getByRole('button', { name: 'Naar de uitkomst' }).click()
  expect(await seriousViolations(page), 'hidden result').toEqual([])
  await page.getByRole('button', { name: 'Uitkomst laten zien' }).click()
  await expect(page.locator('.item-results')).toBeVisible()
  expect(await seriousViolations(page), 'revealed result').toEqual([])
})
