import { describe, expect, it } from 'vitest'
import {
  isJoinCode,
  joinCodeAlphabet,
  newDeviceToken,
  newJoinCode
} from '../../../src/main/participant/join-code'
import { createTokenBucket, createWindowLimiter } from '../../../src/main/participant/rate-limit'

describe('join codes and tokens', () => {
  it('makes six-character codes without 0, O, 1 or I, different each time', () => {
    const codes = new Set(Array.from({ length: 200 }, newJoinCode))
    expect(codes.size).toBeGreaterThan(190)
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/)
    expect(joinCodeAlphabet).not.toMatch(/[01OI]/)
  })

  it('accepts the code however it is typed, and nothing else', () => {
    expect(isJoinCode(' ab-c23 4', 'ABC234')).toBe(true)
    expect(isJoinCode('ABC235', 'ABC234')).toBe(false)
    expect(isJoinCode('ABC2345', 'ABC234')).toBe(false)
  })

  it('makes tokens of 256 random bits that fit a header', () => {
    const token = newDeviceToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(newDeviceToken()).not.toBe(token)
  })
})

describe('rate limits', () => {
  it('lets a burst through, refuses beyond it, and refills over time', () => {
    let now = 0
    const bucket = createTokenBucket(30, 3, () => now)
    const burst = Array.from({ length: 31 }, () => bucket.take('device').ok)
    expect(burst.filter(Boolean)).toHaveLength(30)
    expect(bucket.take('device')).toEqual({ ok: false, retryAfterSeconds: 1 })
    expect(bucket.take('other device').ok).toBe(true)
    now += 1000
    expect([1, 2, 3, 4].map(() => bucket.take('device').ok)).toEqual([true, true, true, false])
  })

  it('counts per window, with extra charges, and opens again in the next window', () => {
    let now = 0
    const limiter = createWindowLimiter(10, 60_000, () => now)
    for (let i = 0; i < 5; i++) {
      expect(limiter.take('10.0.0.5').ok).toBe(true)
      limiter.charge('10.0.0.5', 1)
    }
    expect(limiter.take('10.0.0.5')).toEqual({ ok: false, retryAfterSeconds: 60 })
    now += 30_000
    expect(limiter.take('10.0.0.5')).toEqual({ ok: false, retryAfterSeconds: 30 })
    now += 30_000
    expect(limiter.take('10.0.0.5').ok).toBe(true)
  })
})
