import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { apiIpcChannel } from '../../shared/api/ipc'
import { fail } from '../../shared/api/result'
import type { Dispatch } from '../services/dispatch'
import { isSameOrigin } from './navigation'
import { interpreted } from '../../shared/api/validation'

const ipcRequestSchema = z.object({ method: z.string().max(100), input: z.unknown() }).strict()

/** Only our own renderer (on `appUrl`'s origin), in the top frame, may call the API. */
export function isTrustedSender(event: IpcMainInvokeEvent, appUrl: string): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  return isSameOrigin(frame.url, appUrl)
}

export function wireApiIpc(dispatch: Dispatch, appUrl: string): void {
  ipcMain.handle(apiIpcChannel, async (event, message: unknown) => {
    if (!isTrustedSender(event, appUrl)) {
      return fail('forbidden', 'error.forbiddenOrigin')
    }
    const request = ipcRequestSchema.safeParse(message, interpreted)
    if (!request.success) return fail('validation', 'Ongeldig verzoek.')
    return dispatch(request.data.method, request.data.input)
  })
}
