import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'

const question = (page: Page, n: number) => page.getByText(`Vraag ${n} van 49`)

/** The facilitator takes the laptop back: a deliberate choice in a dialog of its own. */
async function handBack(page: Page) {
  await page.getByRole('button', { name: 'Teruggeven aan de gespreksleider' }).click()
  await page.getByRole('button', { name: 'Ik ben de gespreksleider' }).click()
  await expect(page.locator('.session-bar')).toBeVisible()
}

/** Nothing but the respondent's own questions: no tabs, no overview, no result, no toolbar. */
async function expectOnlyTheirQuestions(page: Page) {
  await expect(page.locator('.session-bar')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Naar de uitkomst' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Actieplan' })).toHaveCount(0)
  await expect(page.getByText(/Ingevuld door/)).toHaveCount(0)
}

test('answering on the laptop is private until the facilitator takes it back, even across a reload', async ({
  page,
  host
}) => {
  test.setTimeout(90_000)
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).click()
  await expect(page.locator('.session-shell')).toBeVisible()
  await page.getByRole('button', { name: 'Quickscan', exact: true }).click()
  await page.getByRole('button', { name: 'Quickscan starten' }).click()

  await page.getByRole('button', { name: 'Vul in op deze laptop (privé)' }).click()
  await expectOnlyTheirQuestions(page)
  await page.getByLabel('Naam (mag leeg blijven: dan anoniem)').fill('Sanne')
  await page.getByRole('button', { name: 'Begin' }).click()
  for (const key of ['1', '2', '3']) await page.keyboard.press(key)
  // Item 4 skipped, item 5 answered "++".
  await expect(question(page, 4)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('1')
  await expect(question(page, 6)).toBeVisible()
  await expectOnlyTheirQuestions(page)

  // The clicker and shortcuts do nothing to the session meanwhile.
  const url = page.url()
  await page.keyboard.press('PageDown')
  await page.keyboard.press('Control+z')
  expect(page.url()).toBe(url)

  // A reload does not open the app to whoever sits there.
  await page.reload()
  await expect(question(page, 4)).toBeVisible()
  await expectOnlyTheirQuestions(page)

  await page.getByRole('button', { name: 'Later verder' }).click()
  await expect(page.getByRole('heading', { name: 'Dank je wel!' })).toBeVisible()
  await expectOnlyTheirQuestions(page)
  // The next person may start; cancelling leaves the laptop waiting, still private.
  await page.getByRole('button', { name: 'Volgende persoon' }).click()
  await page.getByRole('button', { name: 'Annuleer' }).click()
  await expect(page.getByRole('heading', { name: 'Dank je wel!' })).toBeVisible()
  // Asked, and answered "no": still private.
  await page.getByRole('button', { name: 'Teruggeven aan de gespreksleider' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Annuleer' }).click()
  await expectOnlyTheirQuestions(page)
  await handBack(page)
  await expect(page.getByText('Sanne')).toBeVisible()

  // Taking up the paused response: from where she was, never showing an earlier answer.
  await page.getByRole('button', { name: 'Vul verder in' }).click()
  await expectOnlyTheirQuestions(page)
  await expect(question(page, 4)).toBeVisible()
  await expect(page.getByRole('button', { name: /Vorige vraag/ })).toBeDisabled()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Backspace')
  await expect(question(page, 4)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(question(page, 5)).toBeVisible()
  await expect(page.locator('.answer-buttons button[aria-pressed="true"]')).toHaveCount(0)
  // Answered anew in this sitting, it may be seen again by paging back.
  await page.keyboard.press('6')
  await expect(question(page, 6)).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(question(page, 5)).toBeVisible()
  await expect(page.locator('.answer-buttons button[aria-pressed="true"]')).toHaveText(/\?/)
  await page.getByRole('button', { name: 'Later verder' }).click()
  await handBack(page)
  await expect(page.getByText(/4 van 49 beantwoord/)).toBeVisible()
})

test('removing a completed respondent asks first and can be undone, answers and all', async ({
  page,
  host
}) => {
  test.setTimeout(90_000)
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).click()
  await expect(page.locator('.session-shell')).toBeVisible()
  await page.getByRole('button', { name: 'Quickscan', exact: true }).click()
  await page.getByRole('button', { name: 'Quickscan starten' }).click()
  await page.getByRole('button', { name: 'Vul in op deze laptop (privé)' }).click()
  await page.getByLabel('Naam (mag leeg blijven: dan anoniem)').fill('Sanne')
  await page.getByRole('button', { name: 'Begin' }).click()
  for (let n = 1; n <= 49; n++) {
    await expect(question(page, n)).toBeVisible()
    await page.keyboard.press('2')
  }
  await page.getByRole('button', { name: 'Klaar' }).click()
  await handBack(page)
  await expect(page.getByRole('heading', { name: 'Ingevuld door 1 invuller' })).toBeVisible()

  await page.getByRole('button', { name: 'Verwijder Sanne' }).click()
  const dialog = page.getByRole('dialog')
  await expect(
    dialog.getByRole('heading', { name: 'Ingevulde quickscan verwijderen?' })
  ).toBeVisible()
  await dialog.getByRole('button', { name: 'Annuleer' }).click()
  await expect(page.getByRole('heading', { name: 'Ingevuld door 1 invuller' })).toBeVisible()

  await page.getByRole('button', { name: 'Verwijder Sanne' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijder' }).click()
  await expect(page.getByText('Invuller verwijderd: Sanne')).toBeVisible()
  await expect(page.getByText('Nog niemand heeft de quickscan ingevuld')).toBeVisible()
  await page.getByRole('button', { name: 'Maak ongedaan (Ctrl+Z)' }).click()
  await expect(page.getByRole('heading', { name: 'Ingevuld door 1 invuller' })).toBeVisible()

  // Stored, not only on screen: after a reload she is there, finished, with her answers.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Ingevuld door 1 invuller' })).toBeVisible()
  await expect(page.getByText(/Sanne/)).toBeVisible()
  await page.getByRole('button', { name: 'Naar de uitkomst' }).click()
  await page.getByRole('button', { name: 'Uitkomst laten zien' }).click()
  const first = page.locator('.item-results li[data-question-id="qs-01"]')
  await expect(first.getByRole('img')).toHaveAttribute(
    'aria-label',
    'Antwoorden: ++: 0, +: 1, +/-: 0, -: 0, --: 0, ?: 0'
  )
})
