import type { Page } from '@playwright/test'
import { docxText } from '../support/docx'
import { expect, test } from '../support/fixtures'
import { addSchoolAndTeam } from '../support/school'

/** Answers all 49 items by key: `answerFor(index)` gives the key (1–6) for item `index`. */
async function answerAll(page: Page, answerFor: (index: number) => string) {
  for (let index = 0; index < 49; index++) {
    await expect(page.getByText(`Vraag ${index + 1} van 49`)).toBeVisible()
    await page.keyboard.press(answerFor(index))
  }
}

test('three respondents answer in private, the reveal shows the right distribution, a priority becomes an action, the report holds it', async ({
  page,
  host
}, testInfo) => {
  test.setTimeout(120_000)
  await page.goto(host.url)
  await page.getByLabel('Titel').fill('Quickscan-sessie')
  await addSchoolAndTeam(page, 'De Linde', 'Hele team')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await page.getByRole('button', { name: 'Quickscan', exact: true }).click()
  await page.getByRole('button', { name: 'Quickscan starten' }).click()

  // Item 1: ++, ++, ? ; every other item: +, -, +/-
  const keys = [
    (i: number) => (i === 0 ? '1' : '2'),
    (i: number) => (i === 0 ? '1' : '4'),
    (i: number) => (i === 0 ? '6' : '3')
  ]
  for (const [person, answerFor] of keys.entries()) {
    await page
      .getByRole('button', {
        name: person === 0 ? 'Vul in op deze laptop (privé)' : 'Volgende persoon'
      })
      .click()
    await page
      .getByLabel('Naam (mag leeg blijven: dan anoniem)')
      .fill(person === 1 ? '' : `Collega ${person + 1}`)
    await page.getByRole('button', { name: 'Begin' }).click()
    await answerAll(page, answerFor)
    await page.getByLabel('Relatie').selectOption(String(6 + person))
    await page.getByRole('button', { name: 'Klaar' }).click()
    // The screen is cleared between people: nothing of the answers is left on it.
    await expect(page.getByRole('heading', { name: 'Dank je wel!' })).toBeVisible()
    await expect(page.locator('.answer-buttons')).toHaveCount(0)
  }

  // The laptop goes back to the facilitator only by their deliberate choice.
  await page.getByRole('button', { name: 'Teruggeven aan de gespreksleider' }).click()
  await page.getByRole('button', { name: 'Ik ben de gespreksleider' }).click()
  await expect(page.getByRole('heading', { name: 'Ingevuld door 3 invullers' })).toBeVisible()
  await expect(page.getByText('Anoniem 2')).toBeVisible()

  // Hidden until the facilitator reveals it.
  await page.getByRole('button', { name: 'Naar de uitkomst' }).click()
  await expect(page.getByRole('heading', { name: 'De uitkomst is nog verborgen' })).toBeVisible()
  await expect(page.locator('.distribution')).toHaveCount(0)
  await page.getByRole('button', { name: 'Uitkomst laten zien' }).click()
  const first = page.locator('.item-results li[data-question-id="qs-01"]')
  await expect(first.getByRole('img')).toHaveAttribute(
    'aria-label',
    'Antwoorden: ++: 2, +: 0, +/-: 0, -: 0, --: 0, ?: 1'
  )
  await expect(first).toContainText('Let op: 3 antwoorden')
  const second = page.locator('.item-results li[data-question-id="qs-02"]')
  await expect(second.getByRole('img')).toHaveAttribute(
    'aria-label',
    'Antwoorden: ++: 0, +: 1, +/-: 1, -: 1, --: 0, ?: 0'
  )

  // Discuss an item as cards.
  await first.getByRole('button').first().click()
  await page.getByLabel('Nieuwe bijdrage').fill('Iedereen vindt dit belangrijk')
  await page.getByLabel('Nieuwe bijdrage').press('Enter')
  await expect(page.getByText('Iedereen vindt dit belangrijk')).toBeVisible()
  await page.getByRole('button', { name: 'Terug naar de uitkomst' }).click()
  await page.getByRole('button', { name: 'Terug naar de quickscan' }).click()

  // The priorities page: a priority becomes an action.
  await page.getByRole('button', { name: 'prioriteiten en verbetersuggesties' }).click()
  const relatie = page.getByRole('region', { name: 'Relatie' })
  await expect(relatie).toContainText('Cijfer: 7 (van 6 tot 8, 3 cijfers)')
  await relatie
    .getByLabel(/prioriteit aan moeten geven/)
    .fill('Elke mentor belt in september alle ouders')
  await relatie.getByLabel(/eerste stap/).fill('Belrooster maken')
  await relatie.getByRole('button', { name: 'Maak er een actie van' }).click()
  await expect(relatie.getByRole('button', { name: 'Staat in het actieplan' })).toBeDisabled()

  await page.getByRole('button', { name: 'Actieplan', exact: true }).first().click()
  await expect(page.locator('.action-what')).toHaveText([
    'Elke mentor belt in september alle ouders'
  ])

  await page.getByRole('button', { name: 'Rapport maken' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: 'Rapport opslaan' }).click()
  ])
  const path = testInfo.outputPath('quickscan-report.docx')
  await download.saveAs(path)
  const text = await docxText(path)
  expect(text).toContain('Quickscan')
  expect(text).toContain('Vindt de school het belangrijk om samen te werken met ouders?')
  expect(text).toContain('Elke mentor belt in september alle ouders')
  expect(text).toContain('Iedereen vindt dit belangrijk')
})

test('the projector window shows the quickscan only once revealed, and never the answering', async ({
  page,
  host
}) => {
  test.setTimeout(60_000)
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).click()
  await expect(page.locator('.session-shell')).toBeVisible()
  const [projector] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Projectorvenster' }).click()
  ])
  await page.getByRole('button', { name: 'Quickscan', exact: true }).click()
  await page.getByRole('button', { name: 'Quickscan starten' }).click()
  await page.getByRole('button', { name: 'Vul in op deze laptop (privé)' }).click()
  await page.getByRole('button', { name: 'Begin' }).click()
  await expect(page.getByText('Vraag 1 van 49')).toBeVisible()
  await page.keyboard.press('1')
  await expect(page.getByText('Vraag 2 van 49')).toBeVisible()
  // While someone answers, the beamer keeps showing the session screen.
  await expect(projector.locator('.answer-buttons')).toHaveCount(0)
  await expect(projector.locator('.item-results')).toHaveCount(0)

  await page.getByRole('button', { name: 'Later verder' }).click()
  // The laptop goes back to the facilitator only by their deliberate choice.
  await page.getByRole('button', { name: 'Teruggeven aan de gespreksleider' }).click()
  await page.getByRole('button', { name: 'Ik ben de gespreksleider' }).click()
  await page.getByRole('button', { name: 'Naar de uitkomst' }).click()
  await expect(projector.locator('.item-results')).toHaveCount(0)
  await page.getByRole('button', { name: 'Uitkomst laten zien' }).click()
  const first = projector.locator('.item-results li[data-question-id="qs-01"]')
  await expect(first.getByRole('img')).toHaveAttribute(
    'aria-label',
    'Antwoorden: ++: 1, +: 0, +/-: 0, -: 0, --: 0, ?: 0'
  )
  await expect(projector.getByLabel('Volgorde')).toHaveCount(0)

  await page.locator('.item-results li[data-question-id="qs-01"]').getByRole('button').click()
  // The audience view heads the quickscan with the pack's title; the item is the next heading.
  await expect(
    projector.getByRole('heading', {
      name: 'Vindt de school het belangrijk om samen te werken met ouders?'
    })
  ).toBeVisible()
  await expect(projector.getByLabel('Nieuwe bijdrage')).toHaveCount(0)
})
