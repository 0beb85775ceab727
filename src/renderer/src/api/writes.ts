import { useSyncStore } from '../stores/sync-store'
import { api } from '.'
import { createWriteQueue } from './write-queue'

/** The app's one write queue: every change typed in a session goes through it. */
export const writes = createWriteQueue({
  client: api,
  storage: window.localStorage,
  onStatus: ({ pending, offline }) => useSyncStore.getState().setStatus(pending, offline),
  onRejected: (error) => useSyncStore.getState().reject(error.message)
})

writes.resume()
