import { expect, test } from '../support/fixtures'
import { addSchoolAndTeam } from '../support/school'

/** A laptop mirrored to an older beamer: the facilitator's own screen is what the room sees. */
test.use({ viewport: { width: 1024, height: 768 } })

test('at 1024×768 the session bar keeps its toolbar on one row and leaves the question the screen', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByLabel('Titel').fill('Teamavond')
  await addSchoolAndTeam(page, 'De Linde', 'Hele team')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  const toolbar = page.getByRole('toolbar', { name: 'Presentatie' })
  await expect(toolbar.getByRole('button', { name: 'Presenteren' })).toBeVisible()

  const tops = await toolbar
    .locator(':scope > *')
    .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)))
  expect(tops.length).toBeGreaterThan(5)
  expect(new Set(tops).size, `toolbar rows at ${tops.join(', ')}`).toBe(1)

  const bar = await page.locator('.session-bar').boundingBox()
  expect(bar!.height).toBeLessThan(768 / 3)
  // The save status stays in sight, beside the tabs.
  await expect(page.getByText('Alles opgeslagen')).toBeInViewport()
  // The theme's label is hidden here, its name is not.
  await page.getByLabel('Thema').selectOption('Donker')
  await expect(page.getByLabel('Thema')).toHaveValue('dark')
})
