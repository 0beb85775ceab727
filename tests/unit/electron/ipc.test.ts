import { describe, expect, it, vi } from 'vitest'
import type { Dispatch } from '../../../src/main/services/dispatch'
import { apiIpcChannel } from '../../../src/shared/api/ipc'
import { ok } from '../../../src/shared/api/result'
import { electronMock, lastHandler } from './electron-mock'

vi.mock('electron', async () => (await import('./electron-mock')).electronMock)

const { wireApiIpc } = await import('../../../src/main/electron/ipc')

type Handler = (event: unknown, message: unknown) => Promise<unknown>

interface Frame {
  url: string
  parent: Frame | null
}

const topFrame = (url: string): Frame => ({ url, parent: null })

/** The IPC handler as the app wires it, for the packaged app's origin or the dev server's. */
function wire(appUrl: string) {
  const dispatch = vi.fn<Dispatch>(async (method) => ok({ method }))
  wireApiIpc(dispatch, appUrl)
  expect(electronMock.ipcMain.handle).toHaveBeenLastCalledWith(apiIpcChannel, expect.any(Function))
  const handler = lastHandler<Handler>(electronMock.ipcMain.handle, 1)
  const invoke = (senderFrame: Frame | null | undefined, message: unknown = request) =>
    handler({ senderFrame }, message)
  return { dispatch, invoke }
}

const request = { method: 'session.list', input: {} }
const forbidden = { ok: false, error: { code: 'forbidden' } }

describe('the API over IPC', () => {
  it('dispatches a call from the app itself, in its top frame', async () => {
    const { dispatch, invoke } = wire('app://samenspel/')
    expect(await invoke(topFrame('app://samenspel/#/sessies/x'))).toEqual({
      ok: true,
      data: { method: 'session.list' }
    })
    expect(dispatch).toHaveBeenCalledWith('session.list', {})
  })

  it('refuses frames from anywhere else, subframes and vanished frames', async () => {
    const { dispatch, invoke } = wire('app://samenspel/')
    const refused: (Frame | null | undefined)[] = [
      topFrame('https://example.org/'),
      topFrame('app://elsewhere/'),
      topFrame('http://127.0.0.1:5874/'),
      // Node's URL gives every one of these the origin "null", as it does app://samenspel.
      topFrame('file:///C:/Users/leerkracht/evil.html'),
      topFrame('data:text/html,<script>api</script>'),
      topFrame('about:blank'),
      topFrame('not a url'),
      { url: 'app://samenspel/', parent: topFrame('app://samenspel/') },
      { url: 'app://samenspel/', parent: topFrame('https://example.org/') },
      null,
      undefined
    ]
    for (const frame of refused) {
      expect(await invoke(frame), JSON.stringify(frame)).toMatchObject(forbidden)
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('trusts the dev server only when the app was started on it', async () => {
    const dev = wire('http://localhost:5173/')
    expect(await dev.invoke(topFrame('http://localhost:5173/#/'))).toMatchObject({ ok: true })
    expect(await dev.invoke(topFrame('http://localhost:5174/'))).toMatchObject(forbidden)
    expect(await dev.invoke(topFrame('app://samenspel/'))).toMatchObject(forbidden)
  })

  it('refuses a message that is not a method call, before the dispatch', async () => {
    const { dispatch, invoke } = wire('app://samenspel/')
    const frame = topFrame('app://samenspel/')
    for (const message of [
      null,
      'session.list',
      { method: 'session.list', input: {}, extra: 1 },
      { method: 42, input: {} },
      { method: 'x'.repeat(101), input: {} },
      JSON.parse('{"method":"session.list","input":{},"__proto__":{"polluted":1}}')
    ]) {
      expect(await invoke(frame, message)).toMatchObject({
        ok: false,
        error: { code: 'validation' }
      })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })
})
