import { storageCauseOf } from './storage-fault'

/**
 * SQLite's own busy handler sleeps on the event loop; it is kept this short so that another
 * program holding the write lock never stalls the host (the phones' page, `app.info`) for
 * more than a few milliseconds. Longer waits happen in the busy gate, between turns.
 */
export const shortBusyTimeoutMs = 20

export interface BusyGateOptions {
  /** How long one call keeps trying before it fails with the busy error itself. */
  maxWaitMs?: number
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  /**
   * Told when the database is found held and when it is free again: while it is held, SQLite
   * should not wait at all (busy_timeout 0), so a read still passes at once and a write fails
   * at once and queues here.
   */
  onHeld?: (held: boolean) => void
}

interface Waiter {
  work: () => unknown
  resolve(value: unknown): void
  reject(error: unknown): void
  deadline: number
}

const sleepOnTimer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const isBusy = (error: unknown) => storageCauseOf(error) === 'busy'

/**
 * Calls on one database, waiting for it while another program holds it. A call that finds it
 * busy queues here, and a single attempt at a time probes the lock, with a growing pause
 * between attempts; meanwhile SQLite does not wait at all (`onHeld`), so reads are answered
 * and no request blocks the event loop. Retrying is safe because every write runs in one
 * transaction, which SQLite rolled back when it reported busy.
 */
export function createBusyGate(options: BusyGateOptions = {}) {
  const maxWaitMs = options.maxWaitMs ?? 2_000
  const sleep = options.sleep ?? sleepOnTimer
  const now = options.now ?? (() => performance.now())
  const waiting: Waiter[] = []
  let probing = false
  let held = false
  let pauseMs = 10

  function setHeld(value: boolean): void {
    if (held === value) return
    held = value
    options.onHeld?.(value)
  }

  function expire(error: unknown): void {
    const time = now()
    for (const waiter of [...waiting]) {
      if (waiter.deadline > time) continue
      waiting.splice(waiting.indexOf(waiter), 1)
      waiter.reject(error)
    }
  }

  async function probe(): Promise<void> {
    probing = true
    while (waiting.length > 0) {
      await sleep(pauseMs)
      const waiter = waiting[0] as Waiter
      try {
        const value = await waiter.work()
        waiting.shift()
        waiter.resolve(value)
        // Free again: the others follow at once, each in its own turn of the loop.
        setHeld(false)
        pauseMs = 0
      } catch (error) {
        if (!isBusy(error)) {
          waiting.shift()
          waiter.reject(error)
          continue
        }
        pauseMs = Math.min(250, Math.max(10, pauseMs * 2))
        expire(error)
      }
    }
    pauseMs = 10
    probing = false
  }

  return {
    async run<T>(work: () => T | Promise<T>): Promise<T> {
      try {
        return await work()
      } catch (error) {
        if (!isBusy(error)) throw error
        setHeld(true)
      }
      return new Promise<T>((resolve, reject) => {
        waiting.push({
          work,
          resolve: resolve as (value: unknown) => void,
          reject,
          deadline: now() + maxWaitMs
        })
        if (!probing) void probe()
      })
    }
  }
}

export type BusyGate = ReturnType<typeof createBusyGate>
