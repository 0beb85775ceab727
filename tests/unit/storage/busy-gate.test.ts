import { describe, expect, it } from 'vitest'
import { createBusyGate } from '../../../src/main/db/busy-retry'

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })

/** A database another program holds until `release()`; counts the attempts that met the lock. */
function heldDatabase() {
  let held = true
  let attemptsWhileHeld = 0
  return {
    write: <T>(value: T) => {
      if (held) {
        attemptsWhileHeld++
        throw busy()
      }
      return value
    },
    release: () => (held = false),
    attempts: () => attemptsWhileHeld
  }
}

describe('busy gate', () => {
  it('waits for a held database and lets the calls through in order once it is free', async () => {
    const db = heldDatabase()
    const heldStates: boolean[] = []
    const gate = createBusyGate({ onHeld: (held) => heldStates.push(held) })
    const results: number[] = []
    const calls = [1, 2, 3, 4, 5].map((n) =>
      gate.run(() => db.write(n)).then((v) => results.push(v))
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    // Five first attempts, then one probe at a time: not five attempts per pause.
    const afterWaiting = db.attempts()
    expect(afterWaiting).toBeLessThan(5 + 8)
    db.release()
    await Promise.all(calls)
    expect(results).toEqual([1, 2, 3, 4, 5])
    expect(heldStates).toEqual([true, false])
  })

  it('gives up after its wait with the busy error, for the caller to keep the write', async () => {
    const db = heldDatabase()
    const gate = createBusyGate({ maxWaitMs: 50 })
    await expect(gate.run(() => db.write('x'))).rejects.toMatchObject({ code: 'SQLITE_BUSY' })
  })

  it('passes other errors on at once', async () => {
    const gate = createBusyGate()
    await expect(
      gate.run(() => {
        throw new Error('validation')
      })
    ).rejects.toThrow('validation')
  })
})
