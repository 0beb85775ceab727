import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { apiIpcChannel } from '../../../src/shared/api/ipc'
import { electronMock, FakeBrowserWindow } from './electron-mock'

vi.mock('electron', async () => (await import('./electron-mock')).electronMock)
// No database: the entry's wiring is what is under test.
const coreOptions: Record<string, unknown>[] = []
vi.mock('../../../src/main/core', () => ({
  openAppCore: (options: Record<string, unknown>) => {
    coreOptions.push(options)
    return {
      dispatch: async () => ({ ok: true, data: null }),
      close() {},
      startupProblem: null,
      contentProblems: [],
      contentSources: null
    }
  }
}))

// A packaged app started with the dev server's variable set, as someone might try.
process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
process.env.SAMENSPEL_USER_DATA_DIR = '/tmp/samenspel-own-profile'
// A profile of this file's own: the entry keeps the chosen language there.
const profile = mkdtempSync(join(tmpdir(), 'samenspel-entry-profile-'))
electronMock.app.getPath.mockImplementation(() => profile)
const startOrder: string[] = []
electronMock.app.commandLine.appendSwitch.mockImplementation((name: string) => {
  startOrder.push(name)
})
electronMock.app.whenReady.mockImplementation(() => {
  startOrder.push('ready')
  return Promise.resolve()
})
const order: string[] = []
electronMock.session.defaultSession.setPermissionRequestHandler.mockImplementation(() => {
  order.push('permissions')
})
electronMock.protocol.handle.mockImplementation(() => order.push('protocol'))
electronMock.ipcMain.handle.mockImplementation(() => order.push('ipc'))

await import('../../../src/main/electron/index')
const switchesAtStart = [...electronMock.app.commandLine.appendSwitch.mock.calls]
await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1))
const schemeCalls = [...electronMock.protocol.registerSchemesAsPrivileged.mock.calls]
const ipcCalls = [...electronMock.ipcMain.handle.mock.calls] as unknown[][]
const window = FakeBrowserWindow.instances[0] as FakeBrowserWindow
const setPathCalls = [...electronMock.app.setPath.mock.calls]
const appListeners = new Map(
  electronMock.app.on.mock.calls.map(([event, listener]) => [
    event as string,
    listener as () => void
  ])
)
const menuCalls = [...electronMock.Menu.setApplicationMenu.mock.calls]
afterAll(() => {
  delete process.env.ELECTRON_RENDERER_URL
  delete process.env.SAMENSPEL_USER_DATA_DIR
  rmSync(profile, { recursive: true, force: true })
})

describe('the Electron entry', () => {
  it('loads the app from app://, never from a dev server, once packaged', () => {
    expect(window.loadedUrl).toBe('app://samenspel/')
    expect(schemeCalls).toHaveLength(1)
  })

  it('denies permissions and serves app:// before the API and the window exist', () => {
    expect(order).toEqual(['permissions', 'protocol', 'ipc'])
    expect(ipcCalls).toEqual([[apiIpcChannel, expect.any(Function)]])
  })

  it('answers IPC only from app://, not from the dev server named in the environment', async () => {
    const handler = ipcCalls[0]?.[1] as (event: unknown, message: unknown) => Promise<unknown>
    const message = { method: 'app.info', input: {} }
    const from = (url: string) => handler({ senderFrame: { url, parent: null } }, message)
    expect(await from('app://samenspel/')).toMatchObject({ ok: true })
    expect(await from('http://localhost:5173/')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
  })

  it('uses its own profile when told to (tests), before the single-instance lock is taken', () => {
    expect(setPathCalls).toEqual([['userData', '/tmp/samenspel-own-profile']])
    expect(coreOptions[0]).toMatchObject({
      dataDir: profile,
      contentOverrideDir: join(profile, 'inhoud')
    })
  })

  it('brings its window forward when the app is started a second time', () => {
    const second = appListeners.get('second-instance')
    if (!second) throw new Error('no second-instance handler')
    window.minimized = true
    window.focus.mockClear()
    second()
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })

  it('installs its Dutch menu, and spells in no text field on Linux', () => {
    expect(menuCalls).toHaveLength(1)
    const menu = menuCalls[0]?.[0] as { template: { label: string }[] }
    expect(menu.template.map((item) => item.label)).toContain('Bewerken')
    expect(window.options.webPreferences?.spellcheck).toBe(process.platform === 'darwin')
  })

  it('builds its menu again in English when the facilitator chooses English, once', () => {
    const desktop = coreOptions[0]?.desktop as { setLanguage(locale: string): void }
    const set = electronMock.Menu.setApplicationMenu
    const before = set.mock.calls.length
    desktop.setLanguage('en')
    desktop.setLanguage('en')
    expect(set.mock.calls.length).toBe(before + 1)
    const menu = set.mock.calls.at(-1)?.[0] as { template: { label: string }[] }
    expect(menu.template.map((item) => item.label)).toContain('Edit')
    expect(readFileSync(join(profile, 'taal.txt'), 'utf8')).toBe('en')
    desktop.setLanguage('nl')
    const dutch = set.mock.calls.at(-1)?.[0] as { template: { label: string }[] }
    expect(dutch.template.map((item) => item.label)).toContain('Bewerken')
    expect(readFileSync(join(profile, 'taal.txt'), 'utf8')).toBe('nl')
  })

  it('starts Chromium in Dutch on a fresh profile, before the app is ready', () => {
    // Chromium's date fields follow its own locale, which only the start's switches set.
    expect(switchesAtStart).toEqual([['lang', 'nl']])
    expect(startOrder).toEqual(['lang', 'ready'])
  })

  it('keeps the display awake while presenting, and lets it sleep after', () => {
    const blocker = electronMock.powerSaveBlocker
    blocker.start.mockClear()
    blocker.stop.mockClear()
    window.webContents.emit('enter-html-full-screen')
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep')
    window.webContents.emit('leave-html-full-screen')
    expect(blocker.stop).toHaveBeenCalledWith(7)
  })
})
