import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { apiIpcChannel } from '../../shared/api/ipc'
import { fail } from '../../shared/api/result'
import type { Dispatch } from '../services/dispatch'

const ipcRequestSchema = z.object({ method: z.string().max(100), input: z.unknown() }).strict()

/** Only our own renderer, in the top frame, may call the API. */
export function isTrustedSender(event: IpcMainInvokeEvent, allowedOrigin: string): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  try {
    return new URL(frame.url).origin === allowedOrigin
  } catch {
    return false
  }
}

export function wireApiIpc(dispatch: Dispatch, allowedOrigin: string): void {
  ipcMain.handle(apiIpcChannel, async (event, message: unknown) => {
    if (!isTrustedSender(event, allowedOrigin)) {
      return fail('forbidden', 'Geweigerd: dit verzoek komt niet uit Samenspel zelf.')
    }
    const request = ipcRequestSchema.safeParse(message)
    if (!request.success) return fail('validation', 'Ongeldig verzoek.')
    return dispatch(request.data.method, request.data.input)
  })
}
