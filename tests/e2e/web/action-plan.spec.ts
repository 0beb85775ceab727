import { readFile } from 'node:fs/promises'
import { docxText } from '../support/docx'
import { expect, test } from '../support/fixtures'
import { addSchoolAndTeam } from '../support/school'

test('a short session becomes an action plan, a Word report and a session file that re-imports identically', async ({
  page,
  host
}, testInfo) => {
  test.setTimeout(90_000)
  await page.goto(host.url)
  await page.getByLabel('Titel').fill('Korte sessie')
  await addSchoolAndTeam(page, 'De Linde', 'Hele team')
  await page.getByLabel('Datum').fill('2026-11-22')
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await page.getByLabel('Naam', { exact: true }).fill('Anna')
  await page.getByLabel('Naam', { exact: true }).press('Enter')

  // A card on Stap 1, question 1, marked for the plan.
  await page.getByRole('button', { name: /^Ga naar scherm 4:/ }).click()
  const input = page.getByLabel('Nieuwe bijdrage')
  await input.fill('Een vaste koffieochtend voor ouders')
  await input.press('Enter')
  await input.fill('Ouders weten niet wie de mentor is')
  await input.press('Enter')
  await page.locator('.card-list > li').first().focus()
  await page.keyboard.press('p')
  await expect(page.locator('.card-list > li').first()).toContainText('Naar actieplan')

  // The plan: the marked card becomes an action, one is written from scratch.
  await page.getByRole('button', { name: 'Actieplan', exact: true }).first().click()
  await expect(page.getByRole('heading', { name: 'Actieplan', level: 1 })).toBeVisible()
  await page
    .getByRole('button', { name: 'Actie maken van: Een vaste koffieochtend voor ouders' })
    .click()
  await page.getByLabel('Wanneer klaar').fill('2027-01-31')
  await page.getByLabel('Wie (deelnemer)').selectOption({ label: 'Anna' })
  await page.getByLabel('Eerste stap').fill('Datum prikken met de ouderraad')
  await page
    .getByLabel('Nieuwe actie: wat gaan we doen?')
    .fill('Mentoren stellen zich voor in de nieuwsbrief')
  await page.getByRole('button', { name: 'Actie toevoegen' }).click()
  const summaries = page.locator('.action-summary .action-what')
  await expect(summaries).toHaveText([
    'Een vaste koffieochtend voor ouders',
    'Mentoren stellen zich voor in de nieuwsbrief'
  ])
  await page.locator('.action-summary').nth(1).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(summaries).toHaveText([
    'Mentoren stellen zich voor in de nieuwsbrief',
    'Een vaste koffieochtend voor ouders'
  ])
  await page.getByLabel('Datum', { exact: true }).fill('2027-02-14')
  await expect(page.getByText('Alles opgeslagen')).toBeVisible()

  // The Word report, downloaded from the browser.
  await page.getByRole('button', { name: 'Rapport maken' }).click()
  const dialog = page.getByRole('dialog', { name: 'Rapport voor de schoolleiding' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Rapport opslaan' }).click()
  ])
  expect(download.suggestedFilename()).toBe('Actieplan De Linde 2026-11-22.docx')
  const reportPath = testInfo.outputPath('report.docx')
  await download.saveAs(reportPath)
  const text = await docxText(reportPath)
  expect(text).toContain('Ouders weten niet wie de mentor is')
  expect(text).toContain('Mentoren stellen zich voor in de nieuwsbrief')
  expect(text).toContain('Datum prikken met de ouderraad')
  expect(text.indexOf('Mentoren stellen zich voor')).toBeLessThan(
    text.lastIndexOf('Een vaste koffieochtend')
  )
  await dialog.getByRole('button', { name: 'Sluit' }).click()

  // Export, re-import, export again: the same session.
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Sessie exporteren' }).click()
  ])
  expect(exported.suggestedFilename()).toBe('Korte sessie 2026-11-22.samenspel.json')
  const firstPath = testInfo.outputPath('first.samenspel.json')
  await exported.saveAs(firstPath)

  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click()
  await page.getByLabel('Sessie importeren').setInputFiles(firstPath)
  // The file came from this very session: asked first, imported on "Toch importeren".
  const askAgain = page.getByRole('dialog', { name: 'Dit bestand staat al in Samenspel' })
  await expect(askAgain).toContainText('als sessie "Korte sessie"')
  await askAgain.getByRole('button', { name: 'Toch importeren' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'is geïmporteerd' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Open: Korte sessie/ })).toHaveCount(2)

  // Open the imported copy (the newest), export it and compare.
  await page
    .getByRole('button', { name: /^Open: Korte sessie/ })
    .first()
    .click()
  await page.getByRole('button', { name: 'Actieplan', exact: true }).first().click()
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Sessie exporteren' }).click()
  ])
  const secondPath = testInfo.outputPath('second.samenspel.json')
  await again.saveAs(secondPath)
  const normalise = (json: string) => normaliseIds(JSON.parse(json))
  const first = normalise(await readFile(firstPath, 'utf8'))
  const second = normalise(await readFile(secondPath, 'utf8'))
  expect(second).toEqual(first)
})

/** Replaces ids and timestamps by their order of appearance, so two exports compare by content. */
function normaliseIds(value: unknown): unknown {
  const ids = new Map<string, string>()
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
  const walk = (v: unknown, key = ''): unknown => {
    if (typeof v === 'string' && uuid.test(v)) {
      if (!ids.has(v)) ids.set(v, `id-${ids.size}`)
      return ids.get(v)
    }
    if (typeof v === 'string' && /At$/.test(key)) return 'timestamp'
    if (Array.isArray(v)) return v.map((item) => walk(item))
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, k)]))
    }
    return v
  }
  return walk(value)
}
