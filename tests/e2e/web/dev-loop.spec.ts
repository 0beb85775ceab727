import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from '../support/fixtures'

// `npm run dev` where Electron is not installed: the built browser host plus Vite's dev server
// with hot reload, passing /api on to the host. This runs the script as a developer does
// (`--browser` so that it takes this path on a machine with Electron too) and checks what the
// loop promises: the page is served by Vite with its hot-reload channel open, the API answers
// through the proxy (a session is created and read back), and Ctrl+C stops the host with it.
const devScript = join(__dirname, '..', '..', '..', 'scripts', 'dev.mjs')

test('npm run dev serves the app with hot reload against the browser host', async ({
  page,
  dataDir
}) => {
  test.setTimeout(90_000)
  const dev = spawn(process.execPath, [devScript, '--browser', '--data-dir', dataDir], {
    // out/ is built by `npm test` and used by other tests at the same time: do not rebuild it.
    env: { ...process.env, SAMENSPEL_DEV_SKIP_BUILD: '1', SAMENSPEL_DEV_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a failed test can stop the loop and the host it started together.
    detached: true
  })
  let output = ''
  dev.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  dev.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((done) => dev.once('exit', () => done()))
  try {
    await expect
      .poll(() => /hot reload\): (http:\/\/\S+#token=[\w-]+)/.exec(output)?.[1], {
        timeout: 60_000,
        message: `dev loop did not print its address:\n${output}`
      })
      .toBeTruthy()
    const url = /hot reload\): (http:\/\/\S+#token=[\w-]+)/.exec(output)![1]!
    const hostOrigin = /Browserhost \(API[^)]*\): (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1]
    expect(hostOrigin, 'the loop names the host it passes /api on to').toBeTruthy()
    expect(new URL(url).origin).not.toBe(hostOrigin)

    const hotReload = page.waitForEvent('websocket', () => true)
    await page.goto(url)
    // Vite's client opens its hot-reload socket on the dev server, not on the host.
    expect(new URL((await hotReload).url()).host).toBe(new URL(url).host)
    await expect(page.getByRole('heading', { name: 'Sessies' })).toBeVisible()

    // Through the proxy: the host accepts the request as its own page's, and the data lands in
    // the data directory the loop was given.
    await page.getByLabel('Titel').fill('Ontwikkelsessie')
    await page.getByRole('button', { name: 'Sessie aanmaken' }).click()
    await expect(page.getByRole('heading', { name: 'Ontwikkelsessie' })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Ontwikkelsessie' })).toBeVisible()

    dev.kill('SIGTERM')
    await exited
    // The host went with it: its port no longer answers.
    await expect
      .poll(
        () =>
          fetch(`${hostOrigin}/`).then(
            () => 'answering',
            () => 'closed'
          ),
        { timeout: 10_000 }
      )
      .toBe('closed')
  } finally {
    // After a failure the loop may still run, with its host: end the whole group, so no host is
    // left behind holding the test's data directory.
    try {
      if (dev.pid) process.kill(-dev.pid, 'SIGKILL')
    } catch {
      // The group is gone already: the loop and its host stopped as they should.
    }
  }
})
