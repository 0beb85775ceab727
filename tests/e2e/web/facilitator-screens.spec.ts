import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { addSchoolAndTeam } from '../support/school'

/** The facilitator's laptop as it stands in front of a team: 1366×768. */
test.use({ viewport: { width: 1366, height: 768 } })

async function newSession(page: Page, url: string, title: string) {
  await page.goto(url)
  await page.getByLabel('Titel').fill(title)
  await addSchoolAndTeam(page, 'De Linde', 'Hele team')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
}

test('Stap 2 screens take cards; editing goes on at the end; the Label button opens a menu; long cards fold', async ({
  page,
  host
}, testInfo) => {
  await newSession(page, host.url, 'Stap 2 met bijdragen')
  await page.getByRole('button', { name: /^Ga naar scherm \d+: Gespreksvormen/ }).click()
  const input = page.getByLabel('Nieuwe bijdrage')
  await input.fill('Huisbezoeken doen we alleen bij nieuwe ouders')
  await input.press('Enter')
  const card = page.locator('.card-list > li').first()
  await expect(card).toContainText('Huisbezoeken doen we alleen bij nieuwe ouders')
  await page.screenshot({ path: testInfo.outputPath('stap2-forms-with-cards-1366x768.png') })

  // Editing starts with the caret at the end: typing goes on after the text.
  await card.hover()
  await card.getByRole('button', { name: 'Bewerk' }).click()
  const editor = page.getByLabel('Bijdrage bewerken')
  await expect(editor).toBeFocused()
  await page.keyboard.type(' in groep 1')
  await page.keyboard.press('Enter')
  await expect(card.locator('.card-text')).toHaveText(
    'Huisbezoeken doen we alleen bij nieuwe ouders in groep 1'
  )

  // The Label button opens a menu; nothing changes until a label is chosen.
  await card.hover()
  await card.getByRole('button', { name: 'Label ▾' }).click()
  const menu = page.getByRole('menu', { name: 'Kies een label' })
  await expect(menu.getByRole('menuitemradio')).toHaveText([
    'gaat goed',
    'kan beter',
    'idee',
    'Geen label'
  ])
  await page.screenshot({ path: testInfo.outputPath('card-label-menu-1366x768.png') })
  await menu.getByRole('menuitemradio', { name: 'kan beter' }).click()
  await expect(card.locator('.tag-badge')).toHaveText('kan beter')

  // Shift+Enter starts a new line; a pasted page folds instead of stretching the screen.
  await input.fill('Eerste regel')
  await input.press('Shift+Enter')
  await input.pressSequentially('tweede regel')
  await input.press('Enter')
  await expect(page.locator('.card-list > li').nth(1).locator('.card-text')).toHaveText(
    'Eerste regel\ntweede regel'
  )
  const story = Array.from({ length: 600 }, (_, i) => `Zin ${i} van een lang verhaal.`).join(' ')
  await input.fill(story)
  await input.press('Enter')
  const long = page.locator('.card-list > li').nth(2)
  await expect(long.getByRole('button', { name: /Toon alles/ })).toBeVisible()
  const height = await long.evaluate((element) => element.getBoundingClientRect().height)
  expect(height).toBeLessThan(400)
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight)
  expect(pageHeight).toBeLessThan(3_000)
  await long.scrollIntoViewIfNeeded()
  await page.screenshot({ path: testInfo.outputPath('long-card-folded-1366x768.png') })

  // The agenda screen has cards too, and the projector-side flow knows both.
  await page.getByRole('button', { name: /^Ga naar scherm \d+: Gespreksagenda/ }).click()
  await expect(page.getByLabel('Nieuwe bijdrage')).toBeVisible()
})

test('held cards are counted on every screen and approved from one list; phone labels fit at 390 px', async ({
  page,
  host,
  browser
}, testInfo) => {
  await newSession(page, host.url, 'Goedkeuren')
  await page.getByRole('button', { name: /^Ga naar scherm 4:/ }).click()
  await page.getByRole('button', { name: 'Deelnemers', exact: true }).click()
  const panel = page.getByRole('complementary', { name: 'Meedoen vanaf eigen telefoon' })
  await panel.getByLabel('Netwerk').selectOption('127.0.0.1')
  await panel.getByLabel('Bijdragen eerst goedkeuren').check()
  await panel.getByLabel('Quickscan invullen op eigen apparaat').check()
  await panel.getByRole('button', { name: 'Zet meedoen aan' }).click()
  const url = (await panel.locator('.join-url strong').textContent()) ?? ''
  const code = (await panel.locator('.join-code strong').textContent()) ?? ''
  await panel.getByRole('button', { name: 'Sluit' }).first().click()

  const phone = await (
    await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true })
  ).newPage()
  await phone.goto(url)
  await phone.getByLabel('Code').fill(code)
  await phone.getByRole('button', { name: 'Doe mee' }).click()
  for (const text of ['Ouders vaker bellen', 'Koffie bij de intake']) {
    await phone.getByLabel('Jouw bijdrage').fill(text)
    await phone.getByLabel('Jouw bijdrage').press('Enter')
  }

  const count = page.getByRole('button', { name: '2 wachten op goedkeuring' })
  await expect(count).toBeVisible({ timeout: 10_000 })
  // Another area, the same count.
  await page.getByRole('button', { name: 'Actieplan', exact: true }).click()
  await expect(count).toBeVisible()
  await count.click()
  const list = page.getByRole('complementary', { name: 'Wacht op goedkeuring' })
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await page.screenshot({ path: testInfo.outputPath('held-cards-list-1366x768.png') })
  await list
    .getByRole('listitem')
    .filter({ hasText: 'Ouders vaker bellen' })
    .getByRole('button', { name: 'Keur goed' })
    .click()
  await expect(page.getByRole('button', { name: '1 wacht op goedkeuring' })).toBeVisible()
  await list.getByRole('button', { name: 'Keur 1 bijdrage goed' }).click()
  await expect(list.getByText('Er wacht niets op goedkeuring.')).toBeVisible()

  // A new code: the old one no longer lets anyone join.
  await page.getByRole('button', { name: 'Deelnemers', exact: true }).click()
  const joining = page.getByRole('complementary', { name: 'Meedoen vanaf eigen telefoon' })
  await joining.getByRole('button', { name: 'Geef een nieuwe code' }).click()
  await expect(joining.getByText(/^Nieuwe code: /)).toBeVisible()
  const renewed = (await joining.locator('.join-code strong').textContent()) ?? ''
  expect(renewed).not.toBe(code)
  await page.screenshot({ path: testInfo.outputPath('joining-new-code-1366x768.png') })

  // Settings, one button away inside the session too.
  await page.getByRole('button', { name: /Instellingen/ }).click()
  await expect(page.getByRole('dialog', { name: 'Instellingen' }).getByLabel('Taal')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('settings-in-session-1366x768.png') })
  await page.keyboard.press('Escape')

  // The phone's quickscan answers, one a row: no label is cut off at 390 px.
  await phone.getByRole('button', { name: 'Vul de quickscan in' }).click()
  await expect(phone.getByText('1 van 49')).toBeVisible()
  const clipped = await phone
    .locator('.p-answer-label')
    .evaluateAll((labels) =>
      labels
        .filter((label) => label.scrollWidth > label.clientWidth + 1)
        .map((label) => label.textContent)
    )
  expect(clipped).toEqual([])
  await expect(phone.locator('.p-answer-label')).toContainText(['Gedeeltelijk'])
  await phone.screenshot({ path: testInfo.outputPath('phone-quickscan-390.png'), fullPage: true })
  await phone.context().close()
})
