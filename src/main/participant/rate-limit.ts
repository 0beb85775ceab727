/** Whether a request may go ahead, and if not, after how many seconds it may try again. */
export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number }

// Keys are remote addresses and device ids: bounded by the network, but pruned all the same.
const pruneAbove = 10_000

/**
 * A fixed window per key: at most `limit` units per `windowMs`. A request costs one unit;
 * `charge` adds more afterwards (a wrong join code costs double).
 */
export function createWindowLimiter(limit: number, windowMs: number, now = Date.now) {
  const windows = new Map<string, { start: number; used: number }>()
  const current = (key: string) => {
    const t = now()
    let window = windows.get(key)
    if (!window || t - window.start >= windowMs) {
      if (windows.size > pruneAbove) windows.clear()
      window = { start: t, used: 0 }
      windows.set(key, window)
    }
    return window
  }
  return {
    take(key: string): Verdict {
      const window = current(key)
      if (window.used >= limit) {
        const retryAfterSeconds = Math.ceil((window.start + windowMs - now()) / 1000)
        return { ok: false, retryAfterSeconds: Math.max(1, retryAfterSeconds) }
      }
      window.used += 1
      return { ok: true }
    },
    charge(key: string, units: number): void {
      current(key).used += units
    }
  }
}

/**
 * A token bucket per key: bursts up to `capacity` go through at once (a class sending its
 * ideas together), then `perSecond` refill it; a script flooding the server is held back.
 */
export function createTokenBucket(capacity: number, perSecond: number, now = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>()
  return {
    take(key: string): Verdict {
      const t = now()
      if (!buckets.has(key) && buckets.size > pruneAbove) buckets.clear()
      const bucket = buckets.get(key) ?? { tokens: capacity, at: t }
      bucket.tokens = Math.min(capacity, bucket.tokens + ((t - bucket.at) / 1000) * perSecond)
      bucket.at = t
      buckets.set(key, bucket)
      if (bucket.tokens < 1) {
        return { ok: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / perSecond) }
      }
      bucket.tokens -= 1
      return { ok: true }
    }
  }
}

export type WindowLimiter = ReturnType<typeof createWindowLimiter>
export type TokenBucket = ReturnType<typeof createTokenBucket>
