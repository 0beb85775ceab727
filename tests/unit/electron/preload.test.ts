import { describe, expect, it, vi } from 'vitest'
import { apiContract } from '../../../src/shared/api/contract'
import { apiIpcChannel } from '../../../src/shared/api/ipc'
import { electronMock } from './electron-mock'

vi.mock('electron', async () => (await import('./electron-mock')).electronMock)

await import('../../../src/preload/index')
// Read at once: mocks are cleared between tests, and the preload runs only when loaded.
const exposedCalls = [...electronMock.contextBridge.exposeInMainWorld.mock.calls] as unknown[][]

/** What the preload handed to the renderer's world, and under which name. */
function exposed(): { name: string; api: Record<string, unknown> } {
  expect(exposedCalls).toHaveLength(1)
  const [name, api] = exposedCalls[0] as [string, Record<string, unknown>]
  return { name, api }
}

describe('the preload', () => {
  it('exposes window.api and nothing else', () => {
    expect(exposed().name).toBe('api')
  })

  it("has exactly the contract's methods, as functions, and cannot be changed", () => {
    const { api } = exposed()
    expect(Object.keys(api).sort()).toEqual(Object.keys(apiContract).sort())
    expect(Object.getOwnPropertySymbols(api)).toEqual([])
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function')
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('sends each call as one message on the one channel, and nothing of ipcRenderer leaks', async () => {
    const { api } = exposed()
    const call = api['session.get'] as (input: unknown) => Promise<unknown>
    const input = { id: '6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b' }
    await expect(call(input)).resolves.toEqual({ ok: true, data: null })
    expect(electronMock.ipcRenderer.invoke).toHaveBeenCalledWith(apiIpcChannel, {
      method: 'session.get',
      input
    })
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer', 'require', 'process']) {
      expect(api, name).not.toHaveProperty(name)
    }
  })
})
