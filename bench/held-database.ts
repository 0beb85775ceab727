import { randomUUID } from 'node:crypto'
import { openAppCore } from '../src/main/core'
import { databasePath } from '../src/main/db/open-database'
import { holdWriteLock } from '../tests/helpers/storage-faults'
import { makeTempDir } from '../tests/helpers/temp-dir'
import { repoResourcesDir, sampleDetails } from '../tests/helpers/test-core'
import type { Bench, BenchRow } from './report'

const targetMs = 50

/**
 * The longest the event loop stood still (one request could not be answered) while cards were
 * written to a database another program holds, for `heldMs`. A timer ticking every 5 ms
 * measures it: each tick late by more than its interval is a stall.
 */
async function longestStall(busyTimeoutMs: number | null, heldMs: number): Promise<number> {
  const dir = makeTempDir('samenspel-bench-held-')
  const core = openAppCore({
    dataDir: dir.path,
    host: 'browser',
    version: 'bench',
    resourcesDir: repoResourcesDir
  })
  try {
    const created = await core.dispatch('session.create', sampleDetails)
    if (!created.ok) throw new Error(created.error.message)
    const sessionId = (created.data as { id: string }).id
    // The anchor: SQLite's own busy handler, which sleeps on the event loop.
    if (busyTimeoutMs !== null) core.db.pragma(`busy_timeout = ${busyTimeoutMs}`)
    const lock = await holdWriteLock(databasePath(dir.path))
    let last = performance.now()
    let worst = 0
    const ticker = setInterval(() => {
      const now = performance.now()
      console.error('stall', (now - last).toFixed(0), (now - until + heldMs).toFixed(0))
      worst = Math.max(worst, now - last)
      last = now
    }, 5)
    const until = performance.now() + heldMs
    const writes: Promise<unknown>[] = []
    while (performance.now() < until) {
      writes.push(
        core.dispatch('contribution.add', {
          sessionId,
          id: randomUUID(),
          screenId: 'stap1-vraag-1',
          text: 'Kaart terwijl een ander programma het bestand vasthoudt'
        })
      )
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await lock.release()
    await Promise.all(writes)
    clearInterval(ticker)
    return worst
  } finally {
    core.close()
    dir.remove()
  }
}

/** Issue 13: another program holding the write lock must not freeze the host. */
export const heldDatabase: Bench = {
  name: 'held-database',
  async run({ log }): Promise<BenchRow[]> {
    log('held-database: 1.5 s of writes against a held lock, SQLite waiting 1 s vs our wait')
    const anchor = await longestStall(1_000, 1_500)
    const ours = await longestStall(null, 1_500)
    return [
      {
        name: `longest event-loop stall, lock held elsewhere (target < ${targetMs} ms)`,
        value: ours,
        unit: 'ms',
        target: { max: targetMs },
        comparison: { name: 'SQLite busy_timeout 1 s (blocking)', value: anchor }
      }
    ]
  }
}
