import { chromium, type Page } from 'playwright-core'
import { apiClient, sessionWithCards, type Call } from '../tests/e2e/support/api-client'
import { startHost, type RunningHost } from '../tests/e2e/support/browser-host'
import { makeTempDir } from '../tests/helpers/temp-dir'
import { chromiumPath } from './machine'
import { armEnterProbe, readEnterProbe } from './room-page'
import { summarize, summaryRows, type Bench, type BenchContext, type BenchRow } from './report'

const screenId = 'stap1-vraag-1'
const existingCards = 1000
const warmUp = 5
const rounds = 60

/** The text of the benches' seeded cards: a real card's length, so the list lays out like one. */
export const benchCardText = (index: number): string =>
  `Kaart ${index + 1}: ouders worden welkom geheten bij de deur`

/** A session with 1,000 cards on the screen the bench types on, opened where they are. */
const seedSession = (call: Call): Promise<string> =>
  sessionWithCards(call, existingCards, {
    screenId,
    title: 'Benchmark',
    text: benchCardText,
    openOnScreen: true
  })

interface PageDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null
}

async function openSession(page: Page, host: RunningHost, sessionId: string): Promise<void> {
  // The start screen keeps the token from the fragment for the tab once it has called the API
  // (networkidle: it has); after that only the hash moves, as when a user opens a session.
  await page.goto(host.url, { waitUntil: 'networkidle' })
  await page.evaluate(`location.hash = '#/sessies/${sessionId}/${screenId}'`)
  // A long list renders only the rows near the window: its label says how many there are.
  try {
    // The count as the label writes it, in Dutch digits ("1.000"): compared as digits only.
    // A function, not a string: the app's CSP forbids eval in the page.
    await page.waitForFunction(
      (count) => {
        // Runs in the page; the bench itself is typed without the DOM's types.
        const { document } = globalThis as unknown as { document: PageDocument }
        const label = document.querySelector('.card-list')?.getAttribute('aria-label') ?? ''
        return Number(label.replace(/\D/g, '')) >= count
      },
      existingCards,
      { timeout: 30_000 }
    )
  } catch (error) {
    const alerts = await page.getByRole('alert').allInnerTexts()
    const seen = `${page.url()}; heading: ${await page
      .locator('h1')
      .first()
      .innerText()
      .catch(() => '?')}`
    const label = await page
      .locator('.card-list')
      .getAttribute('aria-label')
      .catch(() => null)
    throw new Error(
      `the session's cards did not appear (${alerts.join(' / ') || 'no alert'}; ${seen}; list: ${label})`,
      {
        cause: error
      }
    )
  }
}

/**
 * One card per round, from the key event's timeStamp to after the frame that shows the new
 * count (the card itself is below the window in a long list). Each round waits for the card's
 * write to come back before the next, so one round's request does not land in the next frame.
 */
async function typeCards(page: Page): Promise<number[]> {
  const composer = page.getByLabel('Nieuwe bijdrage')
  const timings: number[] = []
  for (let i = 0; i < warmUp + rounds; i++) {
    const text = `Meting ${i + 1}: ouders denken mee over de ouderavond`
    await composer.fill(text)
    await page.evaluate(armEnterProbe('app', existingCards + i + 1))
    const stored = page.waitForResponse((response) =>
      response.url().endsWith('/api/contribution.add')
    )
    // As in the room bench: spread the Enters over the frame instead of landing each at the
    // same point of it (every step before waits for the page, so the point would repeat).
    await page.waitForTimeout((i * 7) % 17)
    await page.keyboard.press('Enter')
    const took = (await page.evaluate(readEnterProbe)) as number
    await stored
    if (i >= warmUp) timings.push(took)
  }
  return timings
}

function rows(timings: readonly number[]): BenchRow[] {
  return summaryRows('Enter → frame painted (joining off)', summarize(timings), {
    target: { max: 33 }
  })
}

async function measure(host: RunningHost, context: BenchContext): Promise<BenchRow[]> {
  const sessionId = await seedSession(apiClient(host))
  context.log(`enter-to-card: ${existingCards} cards seeded, opening Chromium`)
  const browser = await chromium.launch({ executablePath: chromiumPath() })
  try {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } })
    await openSession(page, host, sessionId)
    context.log(`enter-to-card: Chromium ${browser.version()}, typing ${warmUp}+${rounds} cards`)
    return rows(await typeCards(page))
  } finally {
    await browser.close()
  }
}

/** Figure 2: what a facilitator sees after pressing Enter, in a session that is already full. */
export const enterToCard: Bench = {
  name: `Enter to card visible, Chromium (${existingCards} cards on the screen)`,
  async run(context) {
    const dataDir = makeTempDir('samenspel-bench-')
    try {
      const host = await startHost(dataDir.path)
      try {
        return await measure(host, context)
      } finally {
        await host.stop()
      }
    } finally {
      dataDir.remove()
    }
  }
}
