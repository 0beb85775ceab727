import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import JSZip from 'jszip'
import type { Page } from '@playwright/test'
import { addIdeas, callApi } from '../support/api'
import { docxText } from '../support/docx'
import { expect, test } from '../support/fixtures'
import { addSchoolAndTeam } from '../support/school'

const scale = ['++', '+', '+/-', '-', '--', '?'] as const

async function createSession(page: Page, title: string, date: string): Promise<string> {
  await page.getByLabel('Titel').fill(title)
  await page.getByLabel('Datum').fill(date)
  await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible()
  return (await page.evaluate(() => window.location.hash)).split('/')[2] as string
}

async function toStart(page: Page) {
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).first().click()
  await expect(page.getByRole('heading', { name: 'Sessies', level: 1 })).toBeVisible()
}

/**
 * Six colleagues fill in the quickscan on the laptop (the answering itself is covered by
 * quickscan.spec.ts): `shift` moves every answer, so the second scan differs from the first.
 */
async function quickscanOfSix(page: Page, sessionId: string, shift: number) {
  await callApi(page, 'quickscan.create', { sessionId })
  const content = await callApi<{ quickscan: { questions: { id: string }[] } }>(
    page,
    'content.get',
    {}
  )
  for (let r = 0; r < 6; r++) {
    const id = randomUUID()
    await callApi(page, 'quickscan.addRespondent', {
      sessionId,
      id,
      name: '',
      role: '',
      mode: 'papier'
    })
    // Mostly positive, one step further down the scale at the second meeting.
    const answers = content.quickscan.questions.map((question, i) => ({
      respondentId: id,
      questionId: question.id,
      answer: scale[(i + r) % 3 === 0 ? (i + shift) % 6 : Math.min(4, (r % 2) + shift)]
    }))
    await answerAll(page, answers)
    await callApi(page, 'quickscan.grade', {
      respondentId: id,
      clusterId: 'relatie',
      grade: 7 - shift
    })
  }
}

/** Every answer in one go from inside the page, as the laptop's answer screen sends them. */
async function answerAll(page: Page, answers: object[]): Promise<void> {
  const failed = await page.evaluate(async (answers) => {
    const token = sessionStorage.getItem('samenspel.token') ?? ''
    const results = await Promise.all(
      answers.map(async (input) => {
        const response = await fetch('/api/quickscan.answer', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input)
        })
        return ((await response.json()) as { ok: boolean }).ok
      })
    )
    return results.filter((ok) => !ok).length
  }, answers)
  expect(failed).toBe(0)
}

async function revealInUi(page: Page) {
  await page.getByRole('button', { name: 'Quickscan', exact: true }).first().click()
  await page.getByRole('button', { name: 'Naar de uitkomst' }).click()
  await page.getByRole('button', { name: 'Uitkomst laten zien' }).click()
  await expect(page.locator('.item-results li').first()).toBeVisible()
}

test('a school over two meetings: scan, plan, review, second scan, comparison, votes, and a report that shows the progress', async ({
  page,
  host
}, testInfo) => {
  test.setTimeout(180_000)
  await page.goto(host.url)

  // Meeting 1: scan and plan.
  await addSchoolAndTeam(page, 'De Meander', 'Hele team', 'VO')
  const first = await createSession(page, 'Eerste bijeenkomst', '2026-09-01')
  await quickscanOfSix(page, first, 0)
  await revealInUi(page)
  await page.getByRole('button', { name: 'Actieplan', exact: true }).first().click()
  await page.getByLabel('Nieuwe actie: wat gaan we doen?').fill('Koffieochtend voor nieuwe ouders')
  await page.getByRole('button', { name: 'Actie toevoegen' }).click()
  await expect(page.locator('.action-summary .action-what')).toHaveText([
    'Koffieochtend voor nieuwe ouders'
  ])
  await expect(page.getByText('Alles opgeslagen')).toBeVisible()
  await toStart(page)

  // Meeting 2: review, second scan, the comparison with the first.
  await page
    .getByRole('combobox', { name: 'School', exact: true })
    .selectOption({ label: 'De Meander' })
  const second = await createSession(page, 'Tweede bijeenkomst', '2026-11-22')
  const review = page.locator('.review-list > li').filter({ hasText: 'Koffieochtend' })
  await review.getByRole('button', { name: 'Klaar' }).click()
  await expect(review.getByRole('button', { name: 'Klaar' })).toHaveAttribute(
    'aria-pressed',
    'true'
  )
  await quickscanOfSix(page, second, 1)
  await revealInUi(page)
  await page.getByRole('button', { name: 'Vergelijken met de vorige quickscan' }).click()
  await expect(page.getByRole('heading', { name: 'Toen en nu' })).toBeVisible()
  await expect(page.locator('main')).toContainText('Eerste bijeenkomst')
  await page.screenshot({ path: testInfo.outputPath('comparison.png'), fullPage: true })

  // Cards, grouped into a theme, then a round of dot voting counted on paper.
  await addIdeas(page, second, [
    'Ouders bellen voordat er problemen zijn',
    'Een welkomstgesprek met elk nieuw gezin',
    'Ouders uitnodigen om in de klas te vertellen'
  ])
  // The cards came in while the session was open; a reload reads them (as a phone's would arrive).
  await page.reload()
  await page.getByRole('button', { name: 'Samen kiezen', exact: true }).click()
  await page.getByLabel('Nieuw thema').fill('Contact van het begin af aan')
  await page.getByRole('button', { name: 'Thema maken' }).click()
  for (const card of ['Ouders bellen voordat', 'Een welkomstgesprek']) {
    await page
      .getByLabel(new RegExp(`^Thema van deze bijdrage: ${card}`))
      .selectOption({ label: 'Contact van het begin af aan' })
  }
  await expect(page.getByText('Thema: Contact van het begin af aan (2 bijdragen)')).toBeVisible()
  await page.getByLabel('Vraag aan het team').fill('Waar beginnen we mee?')
  await page.getByRole('button', { name: 'Stemronde starten' }).click()
  const round = page.locator('.round-panel').filter({ hasText: 'Waar beginnen we mee?' })
  await round.getByText('Stippen zonder telefoon').click()
  await round.getByLabel('Aantal deelnemers zonder telefoon').fill('4')
  await round.getByLabel(/^Stippen voor “Contact van het begin af aan/).fill('8')
  await round.getByLabel(/^Stippen voor “Ouders uitnodigen/).fill('4')
  await round.getByRole('button', { name: 'Telling opslaan' }).click()
  await expect(round.getByText('De telling is opgeslagen.')).toBeVisible()
  await round.getByRole('button', { name: 'Stemronde sluiten' }).click()
  await round.getByLabel('Hoeveel punten worden acties?').fill('1')
  await round.getByRole('button', { name: 'Maak van de top een actie' }).click()
  await expect(round.getByText('1 actie staat nu in het actieplan.')).toBeVisible()

  // The report: downloaded, read back, and converted by LibreOffice.
  await page.getByRole('button', { name: 'Actieplan', exact: true }).first().click()
  await expect(page.locator('.action-summary .action-what')).toContainText([
    'Contact van het begin af aan'
  ])
  await page.getByRole('button', { name: 'Rapport maken' }).click()
  const dialog = page.getByRole('dialog', { name: 'Rapport voor de schoolleiding' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Rapport opslaan' }).click()
  ])
  const docx = testInfo.outputPath('tweede-bijeenkomst.docx')
  await download.saveAs(docx)
  const text = await docxText(docx)
  for (const expected of [
    'Terugblik op eerdere acties',
    'Koffieochtend voor nieuwe ouders',
    'Verandering sinds de vorige quickscan',
    'Vergeleken met de quickscan van “Eerste bijeenkomst”',
    'Samen gekozen: stemmingen en thema’s',
    'Contact van het begin af aan',
    'Stemronde: Waar beginnen we mee?'
  ]) {
    expect(text).toContain(expected)
  }
  // The charts are pictures in the file, each with its description for screen readers.
  const zip = await JSZip.loadAsync(readFileSync(docx))
  const pictures = Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name))
  expect(pictures.length).toBeGreaterThanOrEqual(2)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  expect(xml).toMatch(/descr="[^"]*toen[^"]*nu/)

  const dir = testInfo.outputDir
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    timeout: 120_000,
    stdio: 'ignore'
  })
  const pdf = docx.replace(/\.docx$/, '.pdf')
  // soffice exits 0 even when it could not read the file: the PDF must be there.
  expect(existsSync(pdf)).toBe(true)
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
})
