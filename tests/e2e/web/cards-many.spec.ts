import { expect, test } from '../support/fixtures'
import { apiClient, sessionWithCards } from '../support/api-client'

const count = 400

test('a question with hundreds of cards renders only what is near the screen, and keyboard and drag still work', async ({
  page,
  host
}) => {
  test.setTimeout(90_000)
  const call = apiClient(host)
  const sessionId = await sessionWithCards(call, count)
  // The start screen takes the token from the fragment; then only the hash moves.
  await page.goto(host.url, { waitUntil: 'networkidle' })
  await page.goto(`${host.origin}/#/sessies/${sessionId}/stap1-vraag-1`)
  const list = page.locator('.card-list')
  await expect(list).toHaveAttribute('aria-label', /400/)
  const cards = page.locator('.card-list > li')
  await expect(cards.first()).toHaveAttribute('aria-posinset', '1')
  const rendered = await cards.count()
  expect(rendered).toBeGreaterThan(4)
  expect(rendered).toBeLessThan(count / 2)
  await expect(cards.first()).toHaveAttribute('aria-setsize', String(count))

  // Down the list by keyboard, past what was rendered at first: the focused card scrolls in.
  await cards.first().focus()
  const steps = rendered + 10
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown')
  const focused = page.locator('.card-list > li:focus')
  await expect(focused).toHaveAttribute('aria-posinset', String(steps + 1))
  await expect(focused).toBeInViewport()
  const label = (await focused.getAttribute('aria-label')) ?? ''
  // Moving it with Alt+ArrowUp keeps the focus on it, one place up.
  await page.keyboard.press('Alt+ArrowUp')
  await expect(focused).toHaveAttribute('aria-posinset', String(steps))
  await expect(focused).toHaveAttribute('aria-label', label)

  // End and Home reach the ends of the whole list, not of what happens to be rendered.
  await page.keyboard.press('End')
  await expect(focused).toHaveAttribute('aria-posinset', String(count))
  await expect(focused).toBeInViewport()
  await page.keyboard.press('Home')
  await expect(focused).toHaveAttribute('aria-posinset', '1')
  await expect(focused).toBeInViewport()

  // The last card is there once scrolled to.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await expect(page.locator('.card-list > li[aria-posinset="400"]')).toBeVisible()

  // Back at the top, drag the third card onto the first.
  await page.evaluate(() => window.scrollTo(0, 0))
  await expect(cards.first()).toHaveAttribute('aria-posinset', '1')
  const firstThree = await page.locator('.card-list > li .card-text').allInnerTexts()
  await cards.nth(2).dragTo(cards.nth(0))
  const expected = [firstThree[2], firstThree[0], firstThree[1]]
  await expect(page.locator('.card-list > li .card-text').first()).toHaveText(expected[0]!)
  await expect(page.getByText('Alles opgeslagen')).toBeVisible()
  const stored = await call<{ contributions: { text: string; position: number }[] }>(
    'workspace.get',
    { sessionId }
  )
  const order = stored.contributions.sort((a, b) => a.position - b.position).map((c) => c.text)
  expect(order.slice(0, 3)).toEqual(expected)
})
