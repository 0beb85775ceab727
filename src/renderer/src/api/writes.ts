import { useSyncStore } from '../stores/sync-store'
import { api } from '.'
import { afterPaint } from './after-paint'
import { installFlushOnLeave } from './pending-edits'
import { typedTexts } from './typed-texts'
import { createWriteQueue } from './write-queue'

/** The app's one write queue: every change typed in a session goes through it. */
export const writes = createWriteQueue({
  client: api,
  storage: window.localStorage,
  sendAfter: afterPaint,
  onStatus: (status) => useSyncStore.getState().setStatus(status),
  onRejected: (error, _method, input) =>
    useSyncStore.getState().reject({ message: error.message, texts: typedTexts(input) })
})

writes.resume()
installFlushOnLeave(window)
