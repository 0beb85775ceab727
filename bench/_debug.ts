import { chromium } from 'playwright-core'
import { startHost } from '../tests/e2e/support/browser-host'
import { makeTempDir } from '../tests/helpers/temp-dir'
async function main() {
  const dir = makeTempDir('dbg-')
  const host = await startHost(dir.path)
  const token = /#token=([\w-]+)/.exec(host.url)?.[1] ?? ''
  const r = await fetch(`${host.origin}/api/session.create`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ title: 'B', school: '', team: '', date: '2026-11-22', facilitator: '' }) })
  const s = await r.json() as { data: { id: string } }
  console.log(s)
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
  const page = await browser.newPage({ locale: 'nl-NL' })
  page.on('console', (m) => console.log('console', m.text()))
  await page.goto(host.url)
  await page.waitForTimeout(1000)
  console.log(page.url())
  await page.goto(`${host.origin}/#/sessies/${s.data.id}/stap1-vraag-1`)
  await page.waitForTimeout(2000)
  console.log(page.url())
  console.log((await page.locator('body').innerText()).slice(0, 1500))
  await page.screenshot({ path: '/tmp/dbg.png' })
  await browser.close(); await host.stop(); dir.remove()
}
void main()
