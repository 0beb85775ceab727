import type { Dispatch } from '../../src/main/services/dispatch'
import { startBrowserHost } from '../../src/main/host/browser-host'
import { createHttpTransport } from '../../src/renderer/src/api/http-transport'
import type { ApiTransport } from '../../src/shared/api/contract'
import { apiIpcChannel } from '../../src/shared/api/ipc'
import type { ApiResult } from '../../src/shared/api/result'

export type TransportName = 'ipc' | 'http'

/** One way the renderer reaches the services: the Electron shell's IPC or the browser host. */
export interface Transport {
  name: TransportName
  dispatch: Dispatch
  close(): Promise<void>
}

const appUrl = 'app://samenspel/'

/**
 * The IPC handler as Electron's main process wires it, called as the app's own top frame.
 * The test file must mock 'electron' with tests/unit/electron/electron-mock first.
 */
async function overIpc(dispatch: Dispatch): Promise<Transport> {
  const { wireApiIpc } = await import('../../src/main/electron/ipc')
  const { electronMock, lastHandler } = await import('../unit/electron/electron-mock')
  wireApiIpc(dispatch, appUrl)
  const calls = electronMock.ipcMain.handle.mock.calls
  const index = calls.findLastIndex((c: unknown[]) => c[0] === apiIpcChannel)
  const handler = (index >= 0 ? calls[index]![1] : lastHandler(electronMock.ipcMain.handle, 1)) as (
    event: unknown,
    message: unknown
  ) => Promise<ApiResult<unknown>>
  const event = { senderFrame: { url: `${appUrl}#/`, parent: null } }
  return {
    name: 'ipc',
    dispatch: (method, input) => handler(event, { method, input }),
    close: async () => {}
  }
}

/** The loopback browser host over real HTTP, with its token, as the browser renderer calls it. */
async function overHttp(dispatch: Dispatch): Promise<Transport> {
  const host = await startBrowserHost({ dispatch, rendererDir: __dirname })
  const transport = createHttpTransport(() => host.token, `http://127.0.0.1:${host.port}`)
  return {
    name: 'http',
    dispatch: (method, input) =>
      (transport[method as keyof ApiTransport] as (input: unknown) => Promise<ApiResult<unknown>>)(
        input
      ),
    close: () => host.close()
  }
}

export function openTransport(name: TransportName, dispatch: Dispatch): Promise<Transport> {
  return name === 'ipc' ? overIpc(dispatch) : overHttp(dispatch)
}

export const transportNames: readonly TransportName[] = ['ipc', 'http']
