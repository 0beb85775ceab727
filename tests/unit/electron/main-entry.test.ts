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
const order: string[] = []
electronMock.session.defaultSession.setPermissionRequestHandler.mockImplementation(() => {
  order.push('permissions')
})
electronMock.protocol.handle.mockImplementation(() => order.push('protocol'))
electronMock.ipcMain.handle.mockImplementation(() => order.push('ipc'))

await import('../../../src/main/electron/index')
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
      dataDir: '/tmp/samenspel-electron-test',
      contentOverrideDir: '/tmp/samenspel-electron-test/inhoud'
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
