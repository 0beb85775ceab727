import type { Browser, Page } from '@playwright/test'
import { apiClient } from '../support/api-client'
import { expect, test } from '../support/fixtures'

interface StoredCard {
  screenId: string
  text: string
  position: number
  hidden: boolean
  held: boolean
  deviceName: string | null
}

const screenId = 'stap1-vraag-1'
const phones = ['Anna', 'Bram', 'Cem']
const cardsPerPhone = 15

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

/** A burst from one phone: every card at once, as the page's own API client sends them. */
function burst(phone: Page, name: string): Promise<number[]> {
  return phone.evaluate(
    async ({ name, count, screenId }) => {
      const token = sessionStorage.getItem('samenspel-deelnemer-token') ?? ''
      const send = (i: number) =>
        fetch('/api/contributions', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Samenspel-Deelnemer': '1',
            Authorization: `Bearer ${token}`
          },
          body: JSON.stringify({ screenId, text: `${name} ${i + 1}` })
        }).then((response) => response.status)
      return Promise.all(Array.from({ length: count }, (_, i) => send(i)))
    },
    { name, count: cardsPerPhone, screenId }
  )
}

test('after a burst of phones’ cards and the facilitator’s edits, every screen shows what is stored', async ({
  page,
  host,
  browser
}) => {
  test.setTimeout(120_000)
  const call = apiClient(host)
  await page.goto(host.url)
  await page.getByLabel('Titel').fill('Drukke sessie')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await page.getByRole('button', { name: /^Ga naar scherm 4:/ }).click()
  await expect(page.locator('.screen .eyebrow').first()).toHaveText('Stap 1 · Vraag 1 van 10')
  const sessionId = /#\/sessies\/([\w-]+)/.exec(page.url())?.[1] ?? ''

  await page.getByRole('button', { name: 'Deelnemers', exact: true }).click()
  const panel = page.getByRole('complementary', { name: 'Meedoen vanaf eigen telefoon' })
  await panel.getByLabel('Netwerk').selectOption('127.0.0.1')
  await panel.getByRole('button', { name: 'Zet meedoen aan' }).click()
  const url = (await panel.locator('.join-url strong').textContent()) ?? ''
  const code = (await panel.locator('.join-code strong').textContent()) ?? ''
  const [projector] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Projectorvenster' }).click()
  ])
  const devices = await Promise.all(phones.map((name) => joinAs(browser, url, code, name)))

  // The phones send all at once while the facilitator types, hides and moves cards.
  const composer = page.getByLabel('Nieuwe bijdrage')
  const facilitator = (async () => {
    for (let i = 1; i <= 6; i++) {
      await composer.fill(`Gespreksleider ${i}`)
      await composer.press('Enter')
      if (i % 2 === 0) {
        // By keyboard, as a facilitator at the beamer does: H hides, Alt+↑ moves up.
        const card = page.locator('.card-list > li').nth(i)
        await card.focus()
        await card.press('h')
        const second = page.locator('.card-list > li').nth(1)
        await second.focus()
        await second.press('Alt+ArrowUp')
        await composer.focus()
      }
    }
  })()
  const statuses = await Promise.all(devices.map((phone, i) => burst(phone, phones[i] ?? '')))
  await facilitator
  expect(statuses.flat().every((status) => status === 200)).toBe(true)
  await expect(page.getByText('Alles opgeslagen')).toBeVisible()

  const stored = async () =>
    (await call<{ contributions: StoredCard[] }>('workspace.get', { sessionId })).contributions
      .filter((card) => card.screenId === screenId)
      .sort((a, b) => a.position - b.position)
  const inDb = await stored()
  expect(inDb).toHaveLength(phones.length * cardsPerPhone + 6)
  expect(inDb.filter((card) => card.hidden).length).toBeGreaterThan(0)

  // The facilitator's tab: every card, in order, with its text and whether it is hidden.
  const facilitatorView = () =>
    page.locator('.card-list > li').evaluateAll((items) =>
      items.map((li) => ({
        text: li.querySelector('.card-text')?.textContent ?? '',
        hidden: li.querySelector('.hidden-badge') !== null
      }))
    )
  await expect
    .poll(facilitatorView, { timeout: 10_000 })
    .toEqual(inDb.map(({ text, hidden }) => ({ text, hidden })))

  // The projector: the cards the room may see, in the same order.
  await expect
    .poll(() => projector.locator('.audience-cards .audience-card-text').allTextContents(), {
      timeout: 10_000
    })
    .toEqual(inDb.filter((card) => !card.hidden && !card.held).map((card) => card.text))

  // Each phone: its own cards and what became of them, nothing of anyone else's.
  for (const [i, phone] of devices.entries()) {
    const name = phones[i] ?? ''
    const own = inDb
      .filter((card) => card.deviceName === name)
      .map((card) => `${card.text}|${card.hidden ? 'verborgen' : 'zichtbaar'}`)
      .sort()
    await expect
      .poll(
        async () =>
          (
            await phone
              .locator('.p-own-item')
              .evaluateAll((items) =>
                items.map(
                  (li) =>
                    `${li.querySelector('.p-own-text')?.textContent ?? ''}|${li.className.replace(/.*p-status-(\S+).*/, '$1')}`
                )
              )
          ).sort(),
        { timeout: 15_000 }
      )
      .toEqual(own)
  }
  for (const phone of devices) await phone.context().close()
})
