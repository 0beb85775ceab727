import { chromium, type Browser } from 'playwright-core'
import { startHost } from '../tests/e2e/support/browser-host'
import { makeTempDir } from '../tests/helpers/temp-dir'
import { chromiumPath } from './machine'
import { summarize, summaryRows, type Bench, type BenchContext, type BenchRow } from './report'

const rounds = 7
const targetMs = 2_000

interface Startup {
  /** Spawn → the address with the access code printed: content loaded, database open. */
  urlPrinted: number
  /** Spawn → the start screen's heading visible and its buttons ready for a click. */
  interactive: number
}

/**
 * One cold start as `npm run serve` does it, on an empty data directory (so the database is
 * created and migrated), into a fresh browser tab. Chromium itself is already running: its
 * start-up is the user's browser, not ours.
 */
async function startOnce(browser: Browser): Promise<Startup> {
  const dataDir = makeTempDir('samenspel-bench-startup-')
  const context = await browser.newContext({ locale: 'nl-NL' })
  try {
    const spawned = performance.now()
    const host = await startHost(dataDir.path)
    const urlPrinted = performance.now() - spawned
    try {
      const page = await context.newPage()
      await page.goto(host.url)
      await page.getByRole('heading', { name: 'Sessies', level: 1 }).waitFor()
      // A trial click waits until the button is visible, stable, enabled and not covered.
      await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).click({ trial: true })
      return { urlPrinted, interactive: performance.now() - spawned }
    } finally {
      await host.stop()
    }
  } finally {
    await context.close()
    dataDir.remove()
  }
}

async function measure(context: BenchContext): Promise<BenchRow[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath() })
  try {
    context.log(`host-startup: Chromium ${browser.version()}, one warm-up and ${rounds} starts`)
    await startOnce(browser)
    const runs: Startup[] = []
    for (let i = 0; i < rounds; i++) runs.push(await startOnce(browser))
    return [
      ...summaryRows('spawn → address printed', summarize(runs.map((run) => run.urlPrinted))),
      ...summaryRows(
        'spawn → start screen usable (target < 2 s)',
        summarize(runs.map((run) => run.interactive)),
        { target: { max: targetMs } }
      )
    ]
  } finally {
    await browser.close()
  }
}

/** How long a facilitator waits after `npm run serve` before they can click anything. */
export const hostStartup: Bench = {
  name: 'Browser host start-up to the first usable screen (empty data directory)',
  run: measure
}
