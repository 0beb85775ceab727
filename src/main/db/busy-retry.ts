import { storageCauseOf } from './storage-fault'

/**
 * SQLite's own busy handler sleeps on the event loop; it is kept this short so that another
 * program holding the write lock never stalls the host (the phones' page, `app.info`) for
 * more than a few milliseconds. Longer waits happen in `retryWhileBusy`, between turns.
 */
export const shortBusyTimeoutMs = 20

export interface BusyRetryOptions {
  /** How long to keep trying before giving up with the busy error itself. */
  maxWaitMs?: number
  sleep?: (ms: number) => Promise<void>
}

const sleepOnTimer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs `work` again while the database is held by another program, waiting without blocking
 * between attempts. Safe because every write runs in one transaction, which SQLite rolled back
 * when it reported busy; a write still refused after `maxWaitMs` throws, and its caller keeps
 * it for later.
 */
export async function retryWhileBusy<T>(
  work: () => T | Promise<T>,
  options: BusyRetryOptions = {}
): Promise<T> {
  const maxWaitMs = options.maxWaitMs ?? 2_000
  const sleep = options.sleep ?? sleepOnTimer
  let waited = 0
  for (let attempt = 0; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (storageCauseOf(error) !== 'busy' || waited >= maxWaitMs) throw error
      const pause = Math.min(250, 10 * 2 ** attempt, maxWaitMs - waited)
      waited += pause
      await sleep(pause)
    }
  }
}
