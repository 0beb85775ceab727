import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { tabTo } from '../support/keyboard'

const cards = (page: Page) => page.locator('.card-list > li')
const cardTexts = (page: Page) => page.locator('.card-list .card-text')
const composer = (page: Page) => page.getByLabel('Nieuwe bijdrage')
const eyebrow = (page: Page) => page.locator('.screen .eyebrow').first()

async function addCard(page: Page, text: string) {
  await tabTo(page, composer(page))
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
  await expect(cardTexts(page).filter({ hasText: text.replace(/^[+!-] /, '') })).toHaveCount(1)
  await expect(composer(page)).toBeFocused()
  await expect(composer(page)).toHaveValue('')
}

test('a facilitator runs a whole session with the keyboard only, and a reload loses nothing', async ({
  page,
  host
}) => {
  test.setTimeout(90_000)
  await page.goto(host.url)

  // Start: create the session and its participants.
  await tabTo(page, page.getByLabel('Titel'))
  await page.keyboard.type('Teambijeenkomst ouders')
  // A new school and team, added on the spot by keyboard: the last option, a name, Enter.
  await tabTo(page, page.getByRole('combobox', { name: 'School', exact: true }))
  await page.keyboard.press('End')
  await page.keyboard.type('De Linde')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Naam van het team')).toBeFocused()
  await page.keyboard.type('Hele team')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('combobox', { name: 'Team', exact: true })).not.toHaveValue('')
  await tabTo(page, page.getByLabel('Gespreksleider'))
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Teambijeenkomst ouders' })
  ).toBeVisible()
  await expect(page.getByText('Scherm 1 van')).toBeVisible()
  for (const [name, role] of [
    ['Anna', 'mentor'],
    ['Bram', 'zorgcoördinator']
  ] as const) {
    await tabTo(page, page.getByLabel('Naam', { exact: true }))
    await page.keyboard.type(name)
    await page.keyboard.press('Tab')
    await page.keyboard.type(role)
    await page.keyboard.press('Enter')
    await expect(page.locator('.participant-list')).toContainText(name)
  }

  // Practice questions: choose a focus, capture a card.
  await page.keyboard.press('PageDown')
  await expect(eyebrow(page)).toHaveText('Praktijkvragen')
  await tabTo(page, page.getByRole('checkbox', { name: /goede gesprek met ouders/ }))
  await page.keyboard.press('Space')
  await expect(page.getByRole('checkbox', { name: /goede gesprek met ouders/ })).toBeChecked()
  await addCard(page, 'We kiezen het goede gesprek')

  // Stap 1: intro, then the first question.
  await page.keyboard.press('PageDown')
  await expect(eyebrow(page)).toHaveText('Stap 1')
  await page.keyboard.press('PageDown')
  await expect(eyebrow(page)).toHaveText('Stap 1 · Vraag 1 van 10')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Wat gebeurt er al in de samenwerking met ouders'
  )

  await addCard(page, '+ Ouderavonden worden goed bezocht')
  await tabTo(page, composer(page))
  await page.keyboard.press('Alt+ArrowDown')
  await page.keyboard.type('- Nieuwsbrief wordt weinig gelezen')
  await page.keyboard.press('Enter')
  await addCard(page, 'Een tikfout in dezze kaart')
  await addCard(page, 'Deze kaart gaat weg')
  await expect(cardTexts(page)).toHaveText([
    'Ouderavonden worden goed bezocht',
    'Nieuwsbrief wordt weinig gelezen',
    'Een tikfout in dezze kaart',
    'Deze kaart gaat weg'
  ])
  await expect(cards(page).nth(1)).toContainText('Anna')
  await expect(cards(page).nth(1)).toContainText('kan beter')

  // Edit in place.
  await tabTo(page, cards(page).nth(2), { back: true })
  await page.keyboard.press('Enter')
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('Een gecorrigeerde kaart')
  await page.keyboard.press('Enter')
  await expect(cardTexts(page).nth(2)).toHaveText('Een gecorrigeerde kaart')

  // Tag, move, mark for the plan.
  await expect(cards(page).nth(2)).toBeFocused()
  await page.keyboard.press('3')
  await expect(cards(page).nth(2)).toContainText('idee')
  await page.keyboard.press('Alt+ArrowUp')
  await expect(cardTexts(page).nth(1)).toHaveText('Een gecorrigeerde kaart')
  await page.keyboard.press('p')
  await expect(cards(page).nth(1)).toContainText('Naar actieplan')

  // Delete and undo.
  await tabTo(page, cards(page).nth(3))
  await page.keyboard.press('Delete')
  await expect(cardTexts(page)).toHaveCount(3)
  await expect(page.getByRole('status').filter({ hasText: 'Bijdrage verwijderd' })).toBeVisible()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(cardTexts(page)).toHaveCount(4)
  await tabTo(page, cards(page).nth(3))
  await page.keyboard.press('Delete')
  await expect(cardTexts(page)).toHaveCount(3)

  // Half-way reload: same screen, same cards, same order, same tags.
  await expect(page.getByText('Alles opgeslagen')).toBeVisible()
  await page.reload()
  await expect(eyebrow(page)).toHaveText('Stap 1 · Vraag 1 van 10')
  await expect(cardTexts(page)).toHaveText([
    'Ouderavonden worden goed bezocht',
    'Een gecorrigeerde kaart',
    'Nieuwsbrief wordt weinig gelezen'
  ])
  await expect(cards(page).nth(1)).toContainText('Naar actieplan')

  // On through Stap 1 with the clicker keys.
  for (let question = 2; question <= 10; question++) {
    await page.keyboard.press('PageDown')
    await expect(eyebrow(page)).toHaveText(`Stap 1 · Vraag ${question} van 10`)
  }
  await addCard(page, 'De schoolleiding faciliteert tijd')

  // Stap 2: conversation forms and the agenda.
  await page.keyboard.press('PageDown')
  await expect(eyebrow(page)).toHaveText('Stap 2')
  await page.keyboard.press('PageDown')
  const formRadio = page.getByRole('radio', { name: /: Doen we nu$/ }).first()
  await tabTo(page, formRadio)
  await page.keyboard.press('Space')
  await expect(formRadio).toBeChecked()
  await page.keyboard.press('PageDown')
  const element = page.locator('.agenda-elements input[type=checkbox]').first()
  await tabTo(page, element)
  await page.keyboard.press('Space')
  await expect(element).toBeChecked()
  await tabTo(page, page.getByLabel('Voor welke ouders'))
  await page.keyboard.type('Ouders van nieuwe brugklassers')

  // Stap 3: a self-assessment per question, then the support.
  await page.keyboard.press('PageDown')
  await expect(eyebrow(page)).toHaveText('Stap 3')
  await page.keyboard.press('PageDown')
  await expect(eyebrow(page)).toHaveText('Stap 3 · Vraag 1 van 3')
  // A radio group is one Tab stop; its arrow keys choose (and must not change the screen).
  await tabTo(page, page.getByRole('radio', { name: /^1/ }))
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: /^3/ })).toBeChecked()
  await expect(eyebrow(page)).toHaveText('Stap 3 · Vraag 1 van 3')
  await page.keyboard.press('PageDown')
  await page.keyboard.press('PageDown')
  await page.keyboard.press('PageDown')
  await expect(page.getByRole('heading', { name: 'Welke ondersteuning kiezen we?' })).toBeVisible()
  const training = page.getByRole('checkbox', { name: /training gespreksvaardigheden/ })
  await tabTo(page, training)
  await page.keyboard.press('Space')
  await expect(training).toBeChecked()

  // Wrap-up gathers what goes into the action plan.
  await page.keyboard.press('PageDown')
  await expect(page.getByRole('heading', { name: 'Wat nemen we mee?' })).toBeVisible()
  await expect(page.locator('.marked-cards')).toHaveText('Een gecorrigeerde kaart')
  await expect(page.locator('.wrap-up-screen')).toContainText(
    'Faciliteer bijvoorbeeld een training gespreksvaardigheden'
  )

  // Everything is still there after another reload.
  await expect(page.getByText('Alles opgeslagen')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Wat nemen we mee?' })).toBeVisible()
  await page.keyboard.press('PageUp')
  await expect(training).toBeChecked()
})

test('presenter keys: B blanks the screen, Ctrl+Plus enlarges the text, and notes stay off the projector', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).click()
  await expect(page.locator('.session-shell')).toBeVisible()
  await page.keyboard.press('PageDown')
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('b')
  await expect(page.locator('.blank-screen')).toBeVisible()
  await page.keyboard.press('x')
  await expect(page.locator('.blank-screen')).toHaveCount(0)

  const size = () =>
    page.locator('.session-shell').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  const before = await size()
  await page.keyboard.press('ControlOrMeta+Equal')
  expect(await size()).toBeGreaterThan(before)

  await expect(page.locator('.facilitator-notes')).toBeVisible()
  await page.getByRole('button', { name: 'Presenteren' }).click()
  await expect(page.locator('.facilitator-notes')).toHaveCount(0)
})
