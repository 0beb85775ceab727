import { afterAll, describe, expect, it, vi } from 'vitest'
import { apiIpcChannel } from '../../../src/shared/api/ipc'
import { electronMock, FakeBrowserWindow } from './electron-mock'

vi.mock('electron', async () => (await import('./electron-mock')).electronMock)
// No database: the entry's wiring is what is under test.
vi.mock('../../../src/main/core', () => ({
  openAppCore: () => ({ dispatch: async () => ({ ok: true, data: null }), close() {} })
}))

// A packaged app started with the dev server's variable set, as someone might try.
process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/'
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
afterAll(() => {
  delete process.env.ELECTRON_RENDERER_URL
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
})
