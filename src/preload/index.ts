import { contextBridge, ipcRenderer } from 'electron'
import { apiIpcChannel } from '../shared/api/ipc'
import { apiMethodNames } from '../shared/api/methods'

// Built from the contract's method list: the renderer can call these and nothing else.
const api = Object.fromEntries(
  apiMethodNames.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(apiIpcChannel, { method, input })
  ])
)

contextBridge.exposeInMainWorld('api', Object.freeze(api))
