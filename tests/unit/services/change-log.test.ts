import { describe, expect, it } from 'vitest'
import { changeLog } from '../../../src/main/services/change-log'

const memoryStore = () => {
  const stored = new Map<string, number>()
  return {
    read: (id: string) => stored.get(id) ?? 1,
    write: (id: string, v: number) => void stored.set(id, v)
  }
}

/** One card written per turn of the event loop, as a long afternoon of single cards does. */
async function writeCards(log: ReturnType<typeof changeLog>, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    log.open('s1')
    log.addCards([`card-${i}`])
    await Promise.resolve()
  }
}

describe('the change log over a long afternoon', () => {
  it('keeps the last 5,000 versions answerable as deltas and sends older callers to reload', async () => {
    const log = changeLog(memoryStore())
    const start = log.version('s1')
    await writeCards(log, 5_600)
    const now = log.version('s1')
    expect(now).toBe(start + 5_600)
    // 5,000 versions back: still the cards themselves, in any order.
    const recent = log.since('s1', now - 5_000)
    expect(recent.reload).toBe(false)
    expect(recent.cardIds).toHaveLength(5_000)
    expect(new Set(recent.cardIds)).toContain('card-5599')
    expect(new Set(recent.cardIds)).toContain('card-600')
    // From the first version the log cannot name everything since: the screen reloads.
    expect(log.since('s1', start).reload).toBe(true)
  })
})

describe('a version the caller stores with its own write', () => {
  it('is the one the log opens, and the log neither reads nor writes the store after', async () => {
    const store = memoryStore()
    store.write('s1', 41)
    const calls: string[] = []
    const log = changeLog({
      read: (id) => (calls.push('read'), store.read(id)),
      write: (id, v) => (calls.push('write'), store.write(id, v))
    })
    // The first change of a run: the log reads the stored version once, before the write.
    const next = log.opening('s1')
    expect(next).toBe(42)
    store.write('s1', next) // the caller's own statement
    log.open('s1', next)
    log.addCards(['card-1'])
    expect(log.version('s1')).toBe(42)
    // Inside the same turn the version stays; a second write stores the same number.
    expect(log.opening('s1')).toBe(42)
    await Promise.resolve()
    expect(log.since('s1', 41)).toEqual({
      version: 42,
      reload: false,
      cardIds: ['card-1'],
      parts: []
    })
    expect(log.opening('s1')).toBe(43)
    expect(calls).toEqual(['read'])
  })

  it('gives the same number until the session is opened', () => {
    const store = memoryStore()
    const log = changeLog(store)
    expect(log.opening('gone')).toBe(2)
    expect(log.opening('gone')).toBe(2)
    expect(log.isOpen('gone')).toBe(false)
  })
})
