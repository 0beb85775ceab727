import { expect, test } from '../support/fixtures'

test('a card naming a pupil gets a quiet warning, and Anonimiseer takes the name out in one key', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).click()
  await expect(page.locator('.session-shell')).toBeVisible()
  await page.getByRole('button', { name: /^Ga naar scherm 4:/ }).click()
  const input = page.getByLabel('Nieuwe bijdrage')
  await input.fill('De moeder van Youssef de Vries belt liever dan dat ze mailt.')
  await input.press('Enter')
  const card = page.locator('.contribution-card').filter({ hasText: 'Youssef de Vries' })
  const notice = card.locator('.personal-data-notice')
  await expect(notice).toHaveText(
    /Bevat misschien persoonsgegevens \(een naam\): Youssef de Vries\./
  )
  // The example's own cards name no one: no warning there.
  await expect(page.locator('.personal-data-notice')).toHaveCount(1)
  await card.screenshot({ path: test.info().outputPath('personal-data-notice.png') })

  await card.focus()
  await page.keyboard.press('Alt+a')
  await expect(page.getByText('De moeder van Y.d.V. belt liever dan dat ze mailt.')).toBeVisible()
  await expect(page.locator('.personal-data-notice')).toHaveCount(0)
  // Stored, not only shown: after a reload the initials stay.
  await expect(page.getByText('Alles opgeslagen')).toBeVisible()
  await page.reload()
  await expect(page.getByText('De moeder van Y.d.V. belt liever dan dat ze mailt.')).toBeVisible()
})

test('the report names who said what only when chosen, and remembers the choice per session', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).click()
  await expect(page.locator('.session-shell')).toBeVisible()
  await page.getByRole('button', { name: 'Actieplan', exact: true }).first().click()
  await page.getByRole('button', { name: 'Rapport maken' }).click()
  const dialog = page.getByRole('dialog', { name: 'Rapport voor de schoolleiding' })
  const names = dialog.getByLabel('Met namen: wie wat zei')
  await expect(names).not.toBeChecked()
  await names.check()
  await dialog.getByRole('button', { name: 'Sluit' }).click()
  await expect(page.getByText('Alles opgeslagen')).toBeVisible()
  await page.reload()
  await page.getByRole('button', { name: 'Actieplan', exact: true }).first().click()
  await page.getByRole('button', { name: 'Rapport maken' }).click()
  await expect(dialog.getByLabel('Met namen: wie wat zei')).toBeChecked()
})
