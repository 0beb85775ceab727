import type { ApiInput, ApiOutput } from '../../../shared/api/contract'
import type { ApiMethodName } from '../../../shared/api/methods'
import type { StorageCause } from '../../../shared/api/result'
import { ApiCallError } from './api-call-error'
import type { ApiClient } from './client-types'

interface QueuedWrite {
  method: ApiMethodName
  input: unknown
}

/**
 * Why the last attempt did not get through: the store could not be reached, it no longer
 * accepts this tab's access code (the browser host was restarted), it could not write (disk
 * full, file read-only or held by another program: see `storageCause`), or it failed in a way
 * it could not explain. Writes wait in every case.
 */
export type WriteWaitReason = 'unreachable' | 'unauthorized' | 'storage' | 'internal'

export interface WriteQueueStatus {
  pending: number
  offline: false | WriteWaitReason
  /** Only while `offline` is 'storage'. */
  storageCause?: StorageCause
}

/**
 * The refusals that are about the write itself: bad input, or something it refers to that is
 * gone (a card deleted meanwhile). Only these end a write; everything else keeps it queued.
 */
const finalCodes = new Set(['validation', 'not_found', 'forbidden', 'unknown_method'])

export interface WriteQueueOptions {
  client: ApiClient
  /** Where unsent writes survive a reload or a crash of the tab. */
  storage: Pick<Storage, 'getItem' | 'setItem'>
  storageKey?: string
  onStatus?: (status: WriteQueueStatus) => void
  /** A write the store refused (bad input, deleted session): it is dropped, the user told. */
  onRejected?: (error: ApiCallError, method: ApiMethodName, input: unknown) => void
  retryDelayMs?: (attempt: number) => number
  /**
   * When to start sending a write just queued. Without it, at once. The app passes "after the
   * next frame is painted": building the request then does not hold up the frame that shows
   * the card (see `afterPaint`). The write is in storage before either.
   */
  sendAfter?: (send: () => void) => void
}

/**
 * Sends writes one at a time, in order, and keeps the ones not yet acknowledged in storage so
 * a reload replays them. The screen never waits for it: cards are shown before they are stored.
 * Replaying is safe because adds carry their own id and the store treats a repeat as a no-op.
 */
export function createWriteQueue(options: WriteQueueOptions) {
  const key = options.storageKey ?? 'samenspel.outbox'
  const delay = options.retryDelayMs ?? ((attempt) => Math.min(10_000, 500 * 2 ** attempt))
  const queue: QueuedWrite[] = readStored()
  let running = false
  let offline: WriteQueueStatus['offline'] = false
  let storageCause: StorageCause | undefined
  const waiters = new Map<QueuedWrite, (data: unknown) => void>()
  let idleWaiters: (() => void)[] = []
  let sendScheduled = false

  /** Drains once `sendAfter` says so; writes queued meanwhile go in the same drain. */
  function drainSoon(): void {
    if (!options.sendAfter) return void drain()
    if (sendScheduled) return
    sendScheduled = true
    options.sendAfter(() => {
      sendScheduled = false
      void drain()
    })
  }

  function readStored(): QueuedWrite[] {
    try {
      const parsed: unknown = JSON.parse(options.storage.getItem(key) ?? '[]')
      return Array.isArray(parsed) ? (parsed as QueuedWrite[]) : []
    } catch {
      return []
    }
  }

  function status(): WriteQueueStatus {
    return offline === 'storage'
      ? { pending: queue.length, offline, storageCause }
      : { pending: queue.length, offline }
  }

  function persist(): void {
    try {
      options.storage.setItem(key, JSON.stringify(queue))
    } catch {
      // The browser's own storage is full: the writes stay in memory and are still sent.
    }
    options.onStatus?.(status())
  }

  type Outcome =
    | { retry: false; data?: unknown }
    | { retry: true; reason: WriteWaitReason; cause?: StorageCause }

  function waitReason(error: unknown): Pick<Outcome & { retry: true }, 'reason' | 'cause'> {
    if (!(error instanceof ApiCallError)) return { reason: 'internal' }
    switch (error.code) {
      case 'unavailable':
        return { reason: 'unreachable' }
      case 'unauthorized':
        return { reason: 'unauthorized' }
      case 'storage':
        return { reason: 'storage', cause: error.storageCause ?? 'io' }
      default:
        return { reason: 'internal' }
    }
  }

  async function attempt(write: QueuedWrite): Promise<Outcome> {
    const call = options.client[write.method] as (input: unknown) => Promise<unknown>
    try {
      return { retry: false, data: await call(write.input) }
    } catch (error) {
      if (error instanceof ApiCallError && finalCodes.has(error.code)) {
        options.onRejected?.(error, write.method, write.input)
        return { retry: false }
      }
      return { retry: true, ...waitReason(error) }
    }
  }

  async function drain(): Promise<void> {
    if (running) return
    running = true
    let failures = 0
    while (queue.length > 0) {
      const write = queue[0] as QueuedWrite
      const outcome = await attempt(write)
      if (outcome.retry) {
        offline = outcome.reason
        storageCause = outcome.cause
        persist()
        await new Promise((resolve) => setTimeout(resolve, delay(failures++)))
        continue
      }
      failures = 0
      offline = false
      storageCause = undefined
      queue.shift()
      persist()
      waiters.get(write)?.(outcome.data)
      waiters.delete(write)
    }
    running = false
    idleWaiters.forEach((resolve) => resolve())
    idleWaiters = []
  }

  return {
    /**
     * Queues a write; resolves with the stored result once it is acknowledged, or with
     * `undefined` when the host refused it for good (the refusal went to `onRejected`).
     */
    enqueue<M extends ApiMethodName>(
      method: M,
      input: ApiInput<M>
    ): Promise<ApiOutput<M> | undefined> {
      const write: QueuedWrite = { method, input }
      const done = new Promise<ApiOutput<M> | undefined>((resolve) =>
        waiters.set(write, resolve as (data: unknown) => void)
      )
      queue.push(write)
      persist()
      drainSoon()
      return done
    },
    /** Sends what an earlier tab left behind. */
    resume(): void {
      if (queue.length > 0) void drain()
    },
    /** Resolves once every queued write is stored: reads after it see all of them. */
    idle(): Promise<void> {
      if (queue.length === 0) return Promise.resolve()
      void drain()
      return new Promise((resolve) => idleWaiters.push(resolve))
    },
    status
  }
}

export type WriteQueue = ReturnType<typeof createWriteQueue>
