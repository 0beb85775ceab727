import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { buildBoardReport } from '../src/main/board/board-report'
import { loadContent } from '../src/main/content/load-content'
import { buildReport } from '../src/main/report/build-report'
import { defaultReportOptions } from '../src/shared/domain/report-options'
import { startHost } from '../tests/e2e/support/browser-host'
import { generatedBoard } from '../tests/helpers/board-files'
import { makeTempDir } from '../tests/helpers/temp-dir'
import { chromiumPath } from './machine'
import { bigSession } from './report-build'
import { summarize, summaryRows, type Bench, type BenchContext, type BenchRow } from './report'

const schools = 30
const rounds = 5

/** The few DOM members used inside the page: the Node project has no DOM lib (and should not). */
interface PageGlobals {
  location: { hash: string }
  document: {
    querySelector(selector: string): { click(): void } | null
    querySelectorAll(selector: string): { length: number }
  }
  requestAnimationFrame(callback: () => void): number
}

async function timed(run: () => Promise<unknown>): Promise<number[]> {
  await run() // warm-up: JIT, module loading, fonts
  const samples: number[] = []
  for (let i = 0; i < rounds; i++) {
    globalThis.gc?.()
    const started = performance.now()
    await run()
    samples.push(performance.now() - started)
  }
  return samples
}

/** From choosing 30 files to the heatmap of 30 schools painted, in Chromium on the browser host. */
async function boardViewSamples(
  paths: readonly string[],
  context: BenchContext
): Promise<number[]> {
  const data = makeTempDir('samenspel-bench-board-')
  const host = await startHost(data.path)
  const browser = await chromium.launch({ executablePath: chromiumPath() })
  try {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } })
    await page.goto(host.url)
    await page.evaluate(() => {
      ;(globalThis as unknown as PageGlobals).location.hash = '#/bestuur'
    })
    const input = page.getByLabel('Kies bestanden')
    await input.waitFor({ state: 'attached' })
    context.log(`board view: Chromium ${browser.version()}, ${paths.length} files × ${rounds + 1}`)
    const samples: number[] = []
    for (let i = 0; i <= rounds; i++) {
      await page.evaluate(() =>
        (globalThis as unknown as PageGlobals).document.querySelector('.board-clear')?.click()
      )
      await page.waitForFunction(
        () =>
          (globalThis as unknown as PageGlobals).document.querySelectorAll('tr[data-school-row]')
            .length === 0
      )
      const started = performance.now()
      await input.setInputFiles([...paths])
      await page.waitForFunction((n) => {
        const w = globalThis as unknown as PageGlobals
        if (w.document.querySelectorAll('tr[data-school-row]').length !== n) return false
        // Shown means painted: the frame after React committed the rows.
        return new Promise((done) => w.requestAnimationFrame(() => done(true)))
      }, paths.length)
      if (i > 0) samples.push(performance.now() - started)
    }
    return samples
  } finally {
    await browser.close()
    await host.stop()
    data.remove()
  }
}

async function measure(context: BenchContext): Promise<BenchRow[]> {
  const content = loadContent(join(__dirname, '..', 'resources'))
  const files = generatedBoard(content.quickscan, schools).map((file, i) => ({
    fileName: `s${i}.json`,
    file
  }))
  const session = bigSession(content)
  const sessionReport = summarize(
    await timed(() => buildReport(session, content, defaultReportOptions))
  )
  const anchor = { name: 'session report, 1,000 cards', value: sessionReport.median }
  const boardReport = summarize(
    await timed(() => buildBoardReport(files, content.quickscan, '2026-12-01'))
  )
  const dir = makeTempDir('samenspel-bench-board-files-')
  try {
    const paths = files.map(({ fileName, file }) => {
      const path = join(dir.path, fileName.replace('.json', '.samenspel-bestuur.json'))
      writeFileSync(path, JSON.stringify(file, null, 2))
      return path
    })
    const view = summarize(await boardViewSamples(paths, context))
    return [
      ...summaryRows('Session report (anchor): 1,000 cards, 200 actions', sessionReport),
      ...summaryRows(`Board report: ${schools} schools`, boardReport, {
        comparison: anchor,
        target: { max: 1, of: 'ratio' }
      }),
      ...summaryRows(`Board view: ${schools} files → heatmap shown`, view, { comparison: anchor })
    ]
  } finally {
    dir.remove()
  }
}

/** Issue 16: the board's comparison of 30 schools, beside the session report of one big session. */
export const boardBench: Bench = {
  name: `Board view and board report, ${schools} schools`,
  run: measure
}
