import type { Page } from '@playwright/test'
import jsQR from 'jsqr'
import { expect, test } from '../support/fixtures'

async function openQuestion(page: Page, url: string) {
  await page.goto(url)
  await page.getByLabel('Titel').fill('Beamer-sessie')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await page.getByRole('button', { name: /^Ga naar scherm 4:/ }).click()
  await expect(page.locator('.screen .eyebrow').first()).toHaveText('Stap 1 · Vraag 1 van 10')
}

async function openProjector(page: Page): Promise<Page> {
  const [projector] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Projectorvenster' }).click()
  ])
  await projector.setViewportSize({ width: 1280, height: 720 })
  await expect(projector.locator('.audience')).toBeVisible()
  return projector
}

/** Reads the QR code the way a phone's camera would: from the pixels on the audience view. */
async function decodeQr(projector: Page): Promise<string | null> {
  const { data, width, height } = await projector.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('.audience-join-qr')
    if (!img) throw new Error('no QR code on the audience view')
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = 400
    canvas.height = 400
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no canvas')
    context.fillStyle = '#fff'
    context.fillRect(0, 0, 400, 400)
    context.drawImage(img, 0, 0, 400, 400)
    const pixels = context.getImageData(0, 0, 400, 400)
    return { data: Array.from(pixels.data), width: 400, height: 400 }
  })
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data ?? null
}

test('the audience view shows the join code and a QR code that joins without typing the code', async ({
  page,
  host,
  browser
}) => {
  // Joining on, a projector window, a QR decoded from its pixels and a phone of its own: about
  // 15 s on an idle machine, more on a busy one.
  test.setTimeout(60_000)
  await openQuestion(page, host.url)
  await page.getByRole('button', { name: 'Deelnemers', exact: true }).click()
  const panel = page.getByRole('complementary', { name: 'Meedoen vanaf eigen telefoon' })
  await panel.getByLabel('Netwerk').selectOption('127.0.0.1')
  await panel.getByRole('button', { name: 'Zet meedoen aan' }).click()
  const code = (await panel.locator('.join-code strong').textContent()) ?? ''
  expect(code).toMatch(/^[A-Z2-9]{6}$/)
  const projector = await openProjector(page)
  await expect(projector.locator('.audience-join')).toHaveCount(0)

  await page.getByRole('button', { name: 'Meedoen op het scherm (J)' }).click()
  await expect(projector.locator('.audience-join-code')).toHaveText(code)
  const link = await decodeQr(projector)
  expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/#code=${code}$`))

  const phone = await (
    await browser.newContext({ viewport: { width: 375, height: 740 } })
  ).newPage()
  await phone.goto(link ?? '')
  await expect(phone.getByLabel('Jouw bijdrage')).toBeVisible()
  await expect(phone.getByLabel('Code')).toHaveCount(0)
  // The code does not stay in the phone's address bar or history.
  expect(phone.url()).not.toContain(code)
  await phone.context().close()

  await page.getByRole('button', { name: 'Meedoen op het scherm (J)' }).click()
  await expect(projector.locator('.audience-join')).toHaveCount(0)
})

test('B blanks the audience view only; the facilitator keeps their screen and sees that it is black', async ({
  page,
  host
}) => {
  await openQuestion(page, host.url)
  const projector = await openProjector(page)
  await page.getByLabel('Nieuwe bijdrage', { exact: true }).fill('Op de beamer')
  await page.getByLabel('Nieuwe bijdrage', { exact: true }).press('Enter')
  await expect(projector.getByText('Op de beamer')).toBeVisible()
  await page.getByLabel('Nieuwe bijdrage', { exact: true }).blur()

  await page.keyboard.press('b')
  await expect(projector.locator('.audience-blank')).toBeVisible()
  const centre = await projector.screenshot({ clip: { x: 600, y: 320, width: 40, height: 40 } })
  const shot = await page.screenshot({ clip: { x: 0, y: 0, width: 40, height: 40 } })
  expect(await blackShare(projector, centre)).toBe(1)
  expect(await blackShare(page, shot)).toBe(0)
  await expect(page.getByRole('status').filter({ hasText: 'Scherm is zwart' })).toBeVisible()
  await expect(page.getByText('Op de beamer')).toBeVisible()

  await page.keyboard.press('x')
  await expect(projector.locator('.audience-blank')).toHaveCount(0)
  await expect(page.getByText('Scherm is zwart')).toHaveCount(0)
})

/** The share of pure black pixels in a PNG, decoded by the browser itself. */
async function blackShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${base64}`
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.width
    canvas.height = img.height
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no canvas')
    context.drawImage(img, 0, 0)
    const { data } = context.getImageData(0, 0, img.width, img.height)
    let black = 0
    for (let i = 0; i < data.length; i += 4) if (!data[i] && !data[i + 1] && !data[i + 2]) black++
    return black / (data.length / 4)
  }, png.toString('base64'))
}

test('presenter mode is the audience view on this screen: a card bar on N, the timer, Esc leaves', async ({
  page,
  host
}, testInfo) => {
  await openQuestion(page, host.url)
  await page.getByRole('button', { name: 'Presenteren' }).click()
  const audience = page.locator('.audience')
  await expect(audience).toBeVisible()
  await expect(page.locator('.session-bar')).toHaveCount(0)
  await expect(page.locator('input:visible, select:visible, textarea:visible')).toHaveCount(0)

  await page.keyboard.press('n')
  await page.getByLabel('Nieuwe bijdrage', { exact: true }).fill('Vanaf de presentatie')
  await page.getByLabel('Nieuwe bijdrage', { exact: true }).press('Enter')
  await expect(audience.locator('.audience-card')).toContainText(['Vanaf de presentatie'])
  await page.getByLabel('Nieuwe bijdrage', { exact: true }).blur()
  await page.keyboard.press('t')
  await expect(audience.locator('.audience-timer')).toContainText('Loopt')
  await page.screenshot({ path: testInfo.outputPath('presenter-mode-1280x720.png') })
  await page.keyboard.press('n')
  await expect(page.locator('input:visible, select:visible, textarea:visible')).toHaveCount(0)

  await page.keyboard.press('PageDown')
  await expect(audience.locator('.audience-eyebrow')).toHaveText('Stap 1 · Vraag 2 van 10')
  await page.keyboard.press('Escape')
  await expect(page.locator('.session-bar')).toBeVisible()
})

test('? lists every shortcut; focus returns to where it was after the list and a panel close', async ({
  page,
  host
}) => {
  await openQuestion(page, host.url)
  const reference = page.getByRole('button', { name: 'Naslag', exact: true })
  await reference.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('complementary', { name: 'Naslag' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('complementary', { name: 'Naslag' })).toHaveCount(0)
  await expect(reference).toBeFocused()

  await page.keyboard.press('?')
  const list = page.getByRole('dialog', { name: 'Sneltoetsen' })
  await expect(list).toBeVisible()
  await expect(list.getByRole('row')).toHaveCount(14)
  await expect(list).toContainText('Haalt de laatst verwijderde of samengevoegde bijdrage terug')
  await page.keyboard.press('Escape')
  await expect(list).toHaveCount(0)
  await expect(reference).toBeFocused()

  // The skip link comes first in the session and lands on the question.
  const skip = page.getByRole('link', { name: 'Naar de huidige vraag' })
  expect(await page.locator('.session-shell :is(a, button)').first().textContent()).toBe(
    'Naar de huidige vraag'
  )
  await skip.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('.session-main h1')).toBeFocused()
})
