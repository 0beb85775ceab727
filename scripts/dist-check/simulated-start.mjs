// The simulated packaged start: runs the main entry *from the packaged app.asar* in Node, with a
// fake `electron` module (fake-electron.cjs) in place of Electron's binary, and drives it the way
// Electron would: the app:// handler serves index.html and its script, the renderer calls the
// API over the IPC handler, the page asks for fullscreen (granted) and the camera (denied), and
// the projector window opens on the second of two displays.
// Usage: node simulated-start.mjs <path to app.asar>
import { extractAll } from '@electron/asar'
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const asarPath = process.argv[2]
if (!asarPath) throw new Error('usage: simulated-start.mjs <app.asar>')

const work = mkdtempSync(join(tmpdir(), 'samenspel-simulated-start-'))
const appDir = join(work, 'app')
const userData = join(work, 'userData')
// extractAll also copies the files kept beside the archive in app.asar.unpacked (*.node).
extractAll(asarPath, appDir)
process.env.FAKE_ELECTRON_APP_PATH = appDir
process.env.FAKE_ELECTRON_USER_DATA = userData
delete process.env.SAMENSPEL_DATA_DIR
delete process.env.SAMENSPEL_USER_DATA_DIR
delete process.env.ELECTRON_RENDERER_URL

// Every require('electron') in the packaged code gets the fake.
const fakePath = join(here, 'fake-electron.cjs')
const resolve = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? fakePath : resolve.call(this, request, ...rest)
}
const require = createRequire(import.meta.url)
const electron = require(fakePath)
const { state, calls, displays } = electron.__fake

const results = []
async function step(name, run) {
  await run()
  results.push(name)
  console.log(`  ok  ${name}`)
}

const waitFor = async (condition, what) => {
  for (let i = 0; i < 200; i++) {
    if (condition()) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`timed out waiting for ${what}`)
}

try {
  const main = JSON.parse(
    (await import('node:fs')).readFileSync(join(appDir, 'package.json'), 'utf8')
  ).main
  require(join(appDir, main))
  assert.ok(state.readyResolve, 'the main entry waits for app.whenReady()')
  // Chromium reads its switches at start: only those appended before ready count.
  const switchesBeforeReady = calls
    .filter((c) => c.name === 'app.commandLine.appendSwitch')
    .map((c) => c.args)
  state.readyResolve()
  await waitFor(() => state.windows.length > 0, 'the main window')
  const [mainWindow] = state.windows
  const appUrl = 'app://samenspel/'

  await step('the main window loads app://samenspel/, hardened', () => {
    assert.equal(mainWindow.webContents.getURL(), appUrl)
    const prefs = mainWindow.options.webPreferences
    assert.equal(prefs.sandbox, true)
    assert.equal(prefs.contextIsolation, true)
    assert.equal(prefs.nodeIntegration, false)
    assert.match(prefs.preload, /out[\\/]preload[\\/]index\.js$/)
  })

  await step('app:// serves index.html and its script from inside the package', async () => {
    const serve = state.protocolHandlers.get('app')
    assert.ok(serve, 'an app:// handler')
    const page = await serve(new Request(appUrl))
    assert.equal(page.status, 200)
    const html = await page.text()
    assert.match(html, /<title>/)
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/)
    const script = html.match(/<script[^>]+src="\.?\/?([^"]+\.js)"/)?.[1]
    assert.ok(script, 'index.html names its script')
    const asset = await serve(new Request(`${appUrl}${script}`))
    assert.equal(asset.status, 200)
    assert.match(asset.headers.get('content-type') ?? '', /javascript/)
    assert.equal((await serve(new Request(`${appUrl}../package.json`))).status, 404)
  })

  const ipc = state.ipcHandlers.get('samenspel:api')
  const fromApp = { senderFrame: { url: appUrl, parent: null } }
  const callApi = async (method, input) => {
    const answer = await ipc(fromApp, { method, input })
    assert.equal(answer.ok, true, `${method}: ${JSON.stringify(answer.error)}`)
    return answer.data
  }
  let sessionId = ''

  await step('the API answers over the real IPC handler, with the real database', async () => {
    assert.ok(ipc, 'an IPC handler')
    const info = await callApi('app.info', {})
    assert.equal(info.host, 'electron')
    assert.equal(info.dataDir, userData)
    const session = await callApi('session.create', {
      title: 'Simulatie',
      school: 'De Regenboog',
      team: 'Onderbouw',
      date: '2026-12-01',
      facilitator: 'Mira'
    })
    sessionId = session.id
    const list = await callApi('session.list', {})
    assert.deepEqual(
      list.map((s) => s.id),
      [sessionId]
    )
    assert.ok(
      readdirSync(userData).some((file) => file.endsWith('.db')),
      'the database in userData'
    )
    const foreign = await ipc(
      { senderFrame: { url: 'https://example.org/', parent: null } },
      {
        method: 'session.list',
        input: {}
      }
    )
    assert.equal(foreign.error?.code, 'forbidden')
  })

  await step('fullscreen is granted to the app, the camera is denied', () => {
    const ask = (permission, requestingUrl, isMainFrame = true) => {
      let granted
      state.permissionRequestHandler(mainWindow.webContents, permission, (g) => (granted = g), {
        requestingUrl,
        isMainFrame
      })
      return granted
    }
    assert.equal(ask('fullscreen', appUrl), true)
    assert.equal(ask('media', appUrl), false)
    assert.equal(ask('fullscreen', appUrl, false), false)
    assert.equal(ask('fullscreen', 'https://example.org/'), false)
    const check = (permission) =>
      state.permissionCheckHandler(null, permission, 'app://samenspel', { isMainFrame: true })
    assert.equal(check('fullscreen'), true)
    assert.equal(check('media'), false)
  })

  await step('presenter mode keeps the display awake, and lets it sleep after', () => {
    mainWindow.webContents.emit('enter-html-full-screen')
    assert.equal(state.blockers.size, 1)
    mainWindow.webContents.emit('leave-html-full-screen')
    assert.equal(state.blockers.size, 0)
  })

  await step(
    'the projector window opens on the second display, titled, and closes from the app',
    async () => {
      assert.deepEqual(await callApi('projector.open', { sessionId }), { opened: true })
      const projector = state.windows[1]
      assert.ok(projector, 'a second window')
      assert.equal(projector.options.title, 'Samenspel – projector')
      projector.emit('ready-to-show')
      assert.deepEqual(projector.bounds, displays[1].bounds)
      assert.equal(projector.fullScreen, process.platform !== 'linux' || !isWayland())
      assert.equal(projector.shown, true)
      assert.equal(projector.webContents.getURL(), `${appUrl}#/projectie/${sessionId}`)
      assert.equal(state.blockers.size, 1, 'the beamer is kept awake')
      assert.deepEqual(await callApi('projector.close', {}), { closed: true })
      assert.equal(projector.destroyed, true)
      assert.equal(state.blockers.size, 0, 'and may sleep again')
    }
  )

  await step('Chromium’s own controls (date fields) speak Dutch on a fresh profile', () => {
    assert.deepEqual(switchesBeforeReady, [['lang', 'nl']])
  })

  await step('no spelling dictionary can be downloaded', () => {
    const urls = calls
      .filter((c) => c.name === 'setSpellCheckerDictionaryDownloadURL')
      .map((c) => new URL(c.args[0]).hostname)
    assert.deepEqual(urls, ['127.0.0.1'])
    const enabled = calls.filter((c) => c.name === 'setSpellCheckerEnabled').map((c) => c.args[0])
    assert.deepEqual(enabled, [process.platform === 'darwin'])
  })

  await step('the Dutch menu is installed, without Reload or developer tools', () => {
    const labels = state.applicationMenu.template.map((item) => item.label)
    for (const label of ['Bestand', 'Bewerken', 'Beeld', 'Help']) assert.ok(labels.includes(label))
    const roles = JSON.stringify(state.applicationMenu.template)
    for (const role of [
      'reload',
      'forceReload',
      'toggleDevTools',
      'zoomIn',
      'zoomOut',
      'resetZoom'
    ]) {
      assert.ok(!roles.includes(`"${role}"`), role)
    }
  })

  await step('quitting closes the database', () => {
    electron.app.emit('will-quit')
  })
  console.log(`Simulated packaged start: all ${results.length} steps passed.`)
} finally {
  Module._resolveFilename = resolve
  rmSync(work, { recursive: true, force: true })
}

function isWayland() {
  return process.env.XDG_SESSION_TYPE === 'wayland' || Boolean(process.env.WAYLAND_DISPLAY)
}
