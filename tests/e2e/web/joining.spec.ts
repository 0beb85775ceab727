import type { Browser, Page } from '@playwright/test'
import { seriousViolations } from '../support/axe'
import { expect, test } from '../support/fixtures'
import { addSchoolAndTeam } from '../support/school'

/** The facilitator switches joining on (on loopback, as the tests run on one machine). */
async function startJoining(
  page: Page,
  options: { moderation?: boolean; quickscan?: boolean } = {}
) {
  await page.getByRole('button', { name: 'Deelnemers', exact: true }).click()
  const panel = page.getByRole('complementary', { name: 'Meedoen vanaf eigen telefoon' })
  await panel.getByLabel('Netwerk').selectOption('127.0.0.1')
  if (options.moderation) await panel.getByLabel('Bijdragen eerst goedkeuren').check()
  if (options.quickscan) await panel.getByLabel('Quickscan invullen op eigen apparaat').check()
  await panel.getByRole('button', { name: 'Zet meedoen aan' }).click()
  const url = (await panel.locator('.join-url strong').textContent()) ?? ''
  const code = (await panel.locator('.join-code strong').textContent()) ?? ''
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  expect(code).toMatch(/^[A-Z2-9]{6}$/)
  return { panel, url, code }
}

async function joinAs(browser: Browser, url: string, code: string, name: string): Promise<Page> {
  const phone = await (
    await browser.newContext({ viewport: { width: 375, height: 740 } })
  ).newPage()
  await phone.goto(url)
  await phone.getByLabel('Code').fill(code)
  await phone.getByLabel('Je naam (niet verplicht)').fill(name)
  await phone.getByRole('button', { name: 'Doe mee' }).click()
  await expect(phone.getByText(`Je doet mee als ${name}.`)).toBeVisible()
  return phone
}

async function openSession(page: Page, url: string) {
  await page.goto(url)
  await page.getByLabel('Titel').fill('Meedoen-sessie')
  await addSchoolAndTeam(page, 'De Linde', 'Hele team')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await page.getByRole('button', { name: /^Ga naar scherm 4:/ }).click()
  await expect(page.locator('.screen .eyebrow').first()).toHaveText('Stap 1 · Vraag 1 van 10')
}

test('a participant joins by code and the facilitator sees the contribution within a second; a removed one gets 401', async ({
  page,
  host,
  browser
}) => {
  await openSession(page, host.url)
  const { panel, url, code } = await startJoining(page)
  const phone = await joinAs(browser, url, code, 'Bram')
  await expect(phone.getByText(/Wat gebeurt er al in de samenwerking met ouders/)).toBeVisible()

  await phone.getByLabel('Jouw bijdrage').fill('Ouders helpen bij de sportdag')
  const sentAt = Date.now()
  await phone.getByLabel('Jouw bijdrage').press('Enter')
  const card = page.locator('.card-list > li').filter({ hasText: 'Ouders helpen bij de sportdag' })
  await expect(card).toBeVisible({ timeout: 1_000 })
  expect(Date.now() - sentAt).toBeLessThan(1_500)
  await expect(card).toContainText('via Bram')
  await expect(phone.getByText('Ouders helpen bij de sportdag')).toBeVisible()

  // The facilitator removes the device: its token stops working.
  await panel.getByRole('button', { name: 'Verwijder Bram' }).click()
  const token = await phone.evaluate(
    () => Object.values(sessionStorage).find((v) => v.length >= 22) ?? ''
  )
  const refused = await phone.request.get(`${url}api/state`, {
    headers: {
      Authorization: `Bearer ${token}`,
      'X-Samenspel-Deelnemer': '1',
      'Content-Type': 'application/json'
    }
  })
  expect(refused.status()).toBe(401)
  await expect(phone.getByText(/Je doet niet meer mee/)).toBeVisible({ timeout: 10_000 })
  await phone.context().close()
})

test('with moderation on, a participant card waits until the facilitator approves it', async ({
  page,
  host,
  browser
}) => {
  await openSession(page, host.url)
  const { url, code } = await startJoining(page, { moderation: true })
  const phone = await joinAs(browser, url, code, 'Sanne')
  await phone.getByLabel('Jouw bijdrage').fill('Graag een vaste inloopochtend')
  await phone.getByLabel('Jouw bijdrage').press('Enter')
  const status = phone.locator('.p-own-status')
  await expect(status).toHaveText('Status: wacht op de gespreksleider')

  const card = page.locator('.card-list > li').filter({ hasText: 'Graag een vaste inloopochtend' })
  await expect(card).toContainText('wacht op goedkeuring')
  await card.focus()
  await page.keyboard.press('a')
  await expect(card).not.toContainText('wacht op goedkeuring')
  await expect(status).toHaveText('Status: zichtbaar', { timeout: 10_000 })
  await phone.context().close()
})

test('a participant fills in the quickscan on their own device and it shows up in the merge', async ({
  page,
  host,
  browser
}) => {
  test.setTimeout(90_000)
  await openSession(page, host.url)
  const { url, code } = await startJoining(page, { quickscan: true })
  const phone = await joinAs(browser, url, code, 'Mo')
  await phone.getByRole('button', { name: 'Vul de quickscan in' }).click()
  for (let index = 1; index <= 49; index++) {
    await expect(phone.getByText(`${index} van 49`)).toBeVisible()
    await phone.keyboard.press(index === 1 ? '5' : '1')
  }
  await phone.getByRole('button', { name: 'Klaar' }).click()
  await expect(phone.getByText('Dank je wel!')).toBeVisible()

  await page.getByRole('button', { name: 'Quickscan', exact: true }).click()
  await expect(page.locator('.respondent-name')).toHaveText(['Mo'])
  await expect(page.locator('.respondent-meta')).toContainText(['eigen apparaat · klaar'])
  await page.getByRole('button', { name: /Naar de uitkomst|Uitkomst bekijken/ }).click()
  await page.getByRole('button', { name: 'Uitkomst laten zien' }).click()
  const first = page.locator('.item-results li[data-question-id="qs-01"]')
  await expect(first.getByRole('img')).toHaveAttribute(
    'aria-label',
    'Antwoorden: ++: 0, +: 0, +/-: 0, -: 0, --: 1, ?: 0'
  )
  await phone.context().close()
})

test('the joining panel, the join screen on the projector and the participant page pass the scan', async ({
  page,
  host,
  browser
}) => {
  await openSession(page, host.url)
  expect(await seriousViolations(page), 'joining panel, off').toEqual([])
  const { url, code } = await startJoining(page, { quickscan: true })
  expect(await seriousViolations(page), 'joining panel, on').toEqual([])
  await page.getByRole('button', { name: 'Toon op het scherm' }).click()
  await expect(page.locator('.join-overlay')).toBeVisible()
  expect(await seriousViolations(page), 'join overlay').toEqual([])
  await page.keyboard.press('Escape')

  const phone = await (
    await browser.newContext({ viewport: { width: 320, height: 640 } })
  ).newPage()
  await phone.goto(url)
  expect(await seriousViolations(phone), 'participant join screen').toEqual([])
  await phone.getByLabel('Code').fill(code)
  await phone.getByRole('button', { name: 'Doe mee' }).click()
  await expect(phone.getByLabel('Jouw bijdrage')).toBeVisible()
  await phone.getByLabel('Jouw bijdrage').fill('Eerste gedachte')
  await phone.getByLabel('Jouw bijdrage').press('Enter')
  await expect(phone.locator('.p-own-status')).toHaveCount(1)
  expect(await seriousViolations(phone), 'participant main screen').toEqual([])
  await phone.getByRole('button', { name: 'Vul de quickscan in' }).click()
  await expect(phone.getByText('1 van 49')).toBeVisible()
  expect(await seriousViolations(phone), 'participant quickscan').toEqual([])
  await phone.context().close()
})
