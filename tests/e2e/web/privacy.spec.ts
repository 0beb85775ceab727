import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'

/** Our own host, or data that never leaves the browser. */
function isLocal(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || /^(data|blob):/.test(url)
}

/**
 * Every resource the page has loaded or refers to — scripts, styles, images, frames, media,
 * @import and @font-face sources — as absolute URLs. Anchors are links a user may follow and
 * are not loaded, so they are left out.
 */
function pageResources(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'script[src], link[href], img[src], iframe[src], source[src], video, audio'
    const urls = [...document.querySelectorAll(selector)].map(
      (el) => (el as HTMLScriptElement).src || (el as HTMLLinkElement).href || ''
    )
    const fromCss = (text: string) =>
      [...text.matchAll(/url\(\s*['"]?([^'")]+)/g)].map(
        (m) => new URL(m[1] ?? '', location.href).href
      )
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSImportRule) urls.push(new URL(rule.href, location.href).href)
        if (rule instanceof CSSFontFaceRule || rule instanceof CSSStyleRule) {
          urls.push(...fromCss(rule.cssText))
        }
      }
    }
    return [...urls, ...performance.getEntriesByType('resource').map((entry) => entry.name)]
  })
}

/** Remote hosts named in a page's <script src>, <link href> or a stylesheet's @import / url(). */
async function remoteReferences(origin: string, path: string): Promise<string[]> {
  const response = await fetch(`${origin}${path}`)
  expect(response.status, path).toBe(200)
  const text = await response.text()
  const patterns = [
    /<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi,
    /<link\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)/gi,
    /@import\s+(?:url\()?\s*["']?([^"')\s;]+)/gi,
    /url\(\s*["']?([^"')]+)/gi
  ]
  const found = patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1] ?? ''))
  const remote = found.filter((ref) => /^(https?:)?\/\//i.test(ref) && !ref.startsWith(origin))
  const stylesheets = found.filter((ref) => /\.css$/.test(ref) && !/^(https?:)?\/\//.test(ref))
  const nested = await Promise.all(
    stylesheets.map((ref) => remoteReferences(origin, new URL(ref, `${origin}${path}`).pathname))
  )
  return [...remote.map((ref) => `${path}: ${ref}`), ...nested.flat()]
}

test('a whole session, projector, report and quickscan load nothing from outside the laptop', async ({
  page,
  context,
  host
}) => {
  test.setTimeout(120_000)
  const requests: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  page.on('request', (request) => requests.push(request.url()))
  const resources = new Set<string>()
  const collect = async (p: Page) => (await pageResources(p)).forEach((url) => resources.add(url))

  await page.goto(host.url)
  await page.getByRole('button', { name: 'Voorbeeldsessie maken' }).click()
  await expect(page.getByText(/Scherm \d+ van \d+/)).toBeVisible()
  const total = Number(
    (await page.getByText(/Scherm \d+ van \d+/).textContent())?.match(/van (\d+)/)?.[1]
  )
  await page.getByRole('button', { name: /^Ga naar scherm 1:/ }).click()
  for (let screen = 1; screen <= total; screen++) {
    await expect(page.getByText(`Scherm ${screen} van ${total}`)).toBeVisible()
    await collect(page)
    if (screen < total) await page.keyboard.press('PageDown')
  }

  await page.getByRole('button', { name: 'Naslag', exact: true }).click()
  await expect(page.getByRole('complementary', { name: 'Naslag' })).toBeVisible()
  await collect(page)

  const [projector] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Projectorvenster' }).click()
  ])
  await expect(projector.locator('.projector-view h1')).toBeVisible()
  await collect(projector)
  await projector.close()

  await page.getByRole('button', { name: 'Actieplan', exact: true }).first().click()
  await expect(page.getByRole('heading', { name: 'Actieplan', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Rapport maken' }).click()
  const dialog = page.getByRole('dialog', { name: 'Rapport voor de schoolleiding' })
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Rapport opslaan' }).click()
  ])
  expect(report.url()).toMatch(/^blob:/)
  await dialog.getByRole('button', { name: 'Sluit' }).click()
  await collect(page)

  await page.getByRole('button', { name: 'Quickscan', exact: true }).click()
  await page.getByRole('button', { name: 'Quickscan starten' }).click()
  await page.getByRole('button', { name: 'Vul in op deze laptop (privé)' }).click()
  await page.getByRole('button', { name: 'Begin' }).click()
  await expect(page.getByText('Vraag 1 van 49')).toBeVisible()
  await page.keyboard.press('2')
  await expect(page.getByText('Vraag 2 van 49')).toBeVisible()
  await collect(page)

  expect(requests.length).toBeGreaterThan(20)
  expect(requests.filter((url) => !isLocal(url, host.origin))).toEqual([])
  expect([...resources].filter((url) => !isLocal(url, host.origin))).toEqual([])
})

test('the served pages name no remote script, stylesheet or import', async ({ host }) => {
  const pages = ['/']
  if ((await fetch(`${host.origin}/participant.html`)).ok) pages.push('/participant.html')
  for (const path of pages) expect(await remoteReferences(host.origin, path), path).toEqual([])
})
