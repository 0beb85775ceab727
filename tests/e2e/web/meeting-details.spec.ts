import { expect, test } from '../support/fixtures'

test.use({ viewport: { width: 1366, height: 768 } })

/** Creates a session and opens its quickscan overview. */
async function openQuickscan(page: import('@playwright/test').Page, url: string, title: string) {
  await page.goto(url)
  await page.getByLabel('Titel').fill(title)
  await page.getByLabel('School').fill('De Linde')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await page.getByRole('button', { name: 'Quickscan', exact: true }).click()
  await page.getByRole('button', { name: 'Quickscan starten' }).click()
}

test('after a paper form the next form is a paper form too, and the overview says so', async ({
  page,
  host
}, testInfo) => {
  test.setTimeout(90_000)
  await openQuickscan(page, host.url, 'Papieren formulieren')
  for (const form of ['Formulier 1', 'Formulier 2']) {
    if (form === 'Formulier 1') {
      await page.getByRole('button', { name: 'Papieren formulier invoeren' }).click()
    } else {
      await page.getByRole('button', { name: 'Volgend formulier' }).click()
    }
    await expect(page.getByRole('heading', { name: 'Papieren formulier invoeren' })).toBeVisible()
    await page.getByLabel('Naam of nummer van het formulier').fill(form)
    await page.getByRole('button', { name: 'Begin' }).click()
    for (let index = 0; index < 49; index++) {
      await expect(page.getByText(`Vraag ${index + 1} van 49`)).toBeVisible()
      await page.keyboard.press('2')
    }
    await page.getByRole('button', { name: 'Klaar' }).click()
    await expect(page.getByRole('heading', { name: 'Formulier opgeslagen' })).toBeVisible()
  }
  await page.screenshot({ path: testInfo.outputPath('paper-form-saved-1366x768.png') })
  await page.getByRole('button', { name: 'Terug naar de quickscan' }).click()
  await expect(page.getByRole('heading', { name: 'Ingevuld door 2 invullers' })).toBeVisible()
  await expect(page.getByText('van papier')).toHaveCount(2)
  await expect(page.getByText('op de laptop')).toHaveCount(0)
})

test('the timer says which minutes it takes, and a new session starts with a fresh timer', async ({
  page,
  host
}, testInfo) => {
  await page.goto(host.url)
  await page.getByLabel('Titel').fill('Eerste sessie')
  await page.getByLabel('School').fill('De Linde')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  // Go to the first question screen with a timer.
  const timer = page.getByRole('region', { name: 'Timer' })
  for (let step = 0; step < 12 && !(await timer.isVisible()); step++) {
    await page
      .getByRole('button', { name: /Volgende/ })
      .first()
      .click()
  }
  await expect(timer).toBeVisible()
  const minutes = timer.getByRole('spinbutton', { name: 'Minuten' })
  await minutes.fill('0')
  await expect(timer.getByRole('alert')).toHaveText(
    'Kies een heel aantal minuten, van 1 tot en met 180. De timer blijft op 5.'
  )
  await page.screenshot({ path: testInfo.outputPath('timer-minutes-refused-1366x768.png') })
  await minutes.fill('1')
  await expect(timer.getByRole('alert')).toHaveCount(0)
  await timer.getByRole('button', { name: 'Start' }).click()
  await expect(timer.getByRole('timer')).not.toHaveText('1:00')
  const screenUrl = new URL(page.url())

  // A second session on the same screen: its timer has not run.
  await page.goto(host.url)
  await page.getByLabel('Titel').fill('Tweede sessie')
  await page.getByLabel('School').fill('De Linde')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  for (let step = 0; step < 12 && !(await timer.isVisible()); step++) {
    await page
      .getByRole('button', { name: /Volgende/ })
      .first()
      .click()
  }
  await expect(timer.getByRole('timer')).toHaveText('5:00')
  await expect(timer.locator('.timer-phase')).toHaveText('Klaar om te starten')
  expect(screenUrl.hash).toBeTruthy()
})
