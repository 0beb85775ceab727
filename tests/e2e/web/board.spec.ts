import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { loadContent } from '../../../src/main/content/load-content'
import type { BoardFile } from '../../../src/shared/board/board-file'
import { generatedBoard } from '../../helpers/board-files'
import { docxText } from '../support/docx'
import { expect, test } from '../support/fixtures'

const pack = loadContent(join(__dirname, '..', '..', '..', 'resources')).quickscan

/** Calls the host's API from the page, with the page's own token: all calls at once, in one trip. */
async function apiCalls<T>(page: Page, calls: [method: string, input: unknown][]): Promise<T[]> {
  return page.evaluate(async (calls) => {
    const token = sessionStorage.getItem('samenspel.token')
    return Promise.all(
      calls.map(async ([method, input]) => {
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input)
        })
        const result = (await response.json()) as { ok: boolean; data: unknown; error?: unknown }
        if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`)
        return result.data
      })
    )
  }, calls) as Promise<T[]>
}

const apiCall = async <T>(page: Page, method: string, input: unknown): Promise<T> =>
  (await apiCalls<T>(page, [[method, input]]))[0] as T

const scale = ['++', '+', '+/-', '-', '--', '?'] as const

/** A session whose quickscan `count` colleagues filled in, as a school's meeting leaves it. */
async function schoolSession(page: Page, school: string, count: number, offset: number) {
  // The school as a record with its sector and board: the export fills them in from it.
  const record = await apiCall<{ id: string }>(page, 'school.create', {
    name: school,
    sector: 'PO',
    board: 'Stichting Leerrijk'
  })
  const team = await apiCall<{ id: string }>(page, 'team.create', {
    schoolId: record.id,
    name: 'Team'
  })
  const session = await apiCall<{ id: string }>(page, 'session.create', {
    title: `Teamsessie ${school}`,
    teamId: team.id,
    date: '2026-11-24',
    facilitator: 'Mira'
  })
  await apiCall(page, 'quickscan.create', { sessionId: session.id })
  for (let r = 0; r < count; r++) {
    const id = crypto.randomUUID()
    await apiCall(page, 'quickscan.addRespondent', {
      sessionId: session.id,
      id,
      name: `Collega ${r}`,
      mode: 'laptop'
    })
    await apiCalls(
      page,
      pack.questions.map((q, i) => [
        'quickscan.answer',
        { respondentId: id, questionId: q.id, answer: scale[(i + r + offset) % 6] }
      ])
    )
  }
  await apiCall(page, 'quickscan.setPriority', {
    sessionId: session.id,
    clusterId: pack.clusters[0]?.id,
    priority: `Prioriteit van ${school}`,
    support: '',
    firstStep: ''
  })
  return session.id
}

async function exportForBoard(page: Page, host: { url: string }, sessionId: string, dir: string) {
  await page.goto(`${host.url.split('#')[0]}#/sessies/${sessionId}`)
  await page.getByRole('button', { name: 'Actieplan', exact: true }).first().click()
  await page.getByRole('button', { name: 'Exporteer voor het bestuur' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export voor het schoolbestuur' })
  await expect(dialog.getByLabel('Sector')).toHaveValue('PO')
  await expect(dialog.getByLabel('Naam van het bestuur (mag leeg)')).toHaveValue(
    'Stichting Leerrijk'
  )
  await dialog.getByLabel('Prioriteiten van de quickscan meesturen').check()
  await expect(dialog.getByText('Prioriteit van', { exact: false })).toBeVisible()
  await expect(dialog.getByText('Niet in het bestand: namen, bijdragen, notities')).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Sla het bestand op' }).click()
  ])
  const path = join(dir, download.suggestedFilename())
  await download.saveAs(path)
  await dialog.getByRole('button', { name: 'Sluit' }).click()
  return path
}

test('two schools export for the board; the board view compares them with 28 more and makes the report', async ({
  page,
  host
}, testInfo) => {
  test.setTimeout(150_000)
  const dir = testInfo.outputDir
  await page.goto(host.url)
  await expect(page.getByRole('heading', { name: 'Sessies' })).toBeVisible()
  const linde = await schoolSession(page, 'De Linde', 6, 0)
  const ster = await schoolSession(page, 'De Ster', 7, 2)
  const exported = [
    await exportForBoard(page, host, linde, dir),
    await exportForBoard(page, host, ster, dir)
  ]
  expect(exported.map((p) => p.split('/').pop())).toEqual([
    'Bestuur De Linde 2026-11-24.samenspel-bestuur.json',
    'Bestuur De Ster 2026-11-24.samenspel-bestuur.json'
  ])
  expect(readFileSync(exported[0] ?? '', 'utf8')).not.toContain('Collega')
  const firstFile = JSON.parse(readFileSync(exported[0] ?? '', 'utf8')) as BoardFile
  expect(firstFile.schools[0]?.school).toEqual({
    name: 'De Linde',
    sector: 'PO',
    board: 'Stichting Leerrijk'
  })

  const generated = generatedBoard(pack, 28).map((file, i) => {
    const path = join(dir, `school-${i + 1}.samenspel-bestuur.json`)
    writeFileSync(path, JSON.stringify(file))
    return path
  })
  const truncated = join(dir, 'kapot.samenspel-bestuur.json')
  writeFileSync(truncated, readFileSync(generated[0] ?? '', 'utf8').slice(0, 500))

  await page.goto(`${host.url.split('#')[0]}#/`)
  await page.getByRole('button', { name: 'Vergelijk scholen (bestuur)' }).click()
  await page.getByLabel('Kies bestanden').setInputFiles([...exported, ...generated, truncated])
  await expect(page.getByRole('alert')).toContainText(
    '“kapot.samenspel-bestuur.json” is beschadigd'
  )
  await expect(page.locator('tr[data-school-row]')).toHaveCount(30)

  // Every heatmap cell holds the factor median and verdict its school's file holds.
  const expected = [...exported, ...generated].flatMap((path) => {
    const file = JSON.parse(readFileSync(path, 'utf8')) as BoardFile
    return file.schools.flatMap(({ school, scan }) =>
      scan.factors.map((f) => `${school.name}|${f.factor}|${f.median ?? ''}|${f.verdict ?? ''}`)
    )
  })
  const shown = await page
    .locator('td[data-factor]')
    .evaluateAll((cells) =>
      cells.map((c) =>
        ['school', 'factor', 'median', 'verdict'].map((k) => c.getAttribute(`data-${k}`)).join('|')
      )
    )
  expect(shown.sort()).toEqual(expected.sort())
  await page.screenshot({ path: join(dir, 'board-view.png'), fullPage: true })

  // Sorting by a factor puts the lowest median first.
  await page.getByRole('button', { name: /^1\s*welkom/ }).click()
  const first = await page
    .locator('tbody tr[data-school-row] td[data-factor="1"]')
    .first()
    .getAttribute('data-median')
  const medians = await page
    .locator('tbody tr[data-school-row] td[data-factor="1"]')
    .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-median'))))
  expect(Number(first)).toBe(Math.min(...medians))

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Maak het verslag voor het bestuur' }).click()
  ])
  const report = join(dir, download.suggestedFilename())
  await download.saveAs(report)
  const text = await docxText(report)
  expect(text).toContain('De Linde')
  expect(text).toContain('Spreiding per succesfactor')
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, report], {
    stdio: 'ignore',
    timeout: 120_000
  })
  // soffice exits 0 even when it cannot read the file: the PDF itself is the proof.
  expect(existsSync(report.replace(/\.docx$/, '.pdf'))).toBe(true)
})
