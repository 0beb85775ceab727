/**
 * SLOW (about 2 min on 2 cores since the services grew; each child loads the whole dispatch):
 * Each kill hits a child process (crash-child.ts) that adds contributions through the app's own
 * openDatabase and dispatch; afterwards this process reopens the database and checks it.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/open-database'
import { makeTempDir } from '../../helpers/temp-dir'
import {
  prepareChildCommand,
  seededRandom,
  startCrashChild,
  type CrashChild
} from './crash-harness'

const kills = 210
// Children loaded ahead of their turn, so one's start-up overlaps another's run.
const warmChildren = 2
const moments = ['direct', 'na-enkele-ms', 'midden-in-reeks'] as const
type Moment = (typeof moments)[number]

const dir = makeTempDir()
afterAll(() => dir.remove())

/** Lets the child start writing and kills it: at once, after 1–15 ms, or after 1–80 acks. */
function killAtRandomMoment(child: CrashChild, random: () => number): Moment {
  const moment = moments[Math.floor(random() * moments.length)]!
  child.go()
  if (moment === 'direct') {
    child.kill()
  } else if (moment === 'na-enkele-ms') {
    setTimeout(child.kill, 1 + Math.floor(random() * 15))
  } else {
    const after = 1 + Math.floor(random() * 80)
    child.onAck = (count) => count >= after && child.kill()
    // In case the child is too slow to reach that count.
    setTimeout(child.kill, 3000).unref()
  }
  return moment
}

/** Reopens as the app does, or (every other time) read-only so the next child recovers the WAL. */
function inspect(file: string, readOnly: boolean) {
  const db = readOnly ? new Database(file, { readonly: true }) : openDatabase(file)
  try {
    const stored = new Set(db.prepare<[], string>('SELECT id FROM contributions').pluck().all())
    return { stored, integrity: db.pragma('integrity_check', { simple: true }) }
  } finally {
    db.close()
  }
}

describe('crash safety (slow: 200+ SIGKILLs of the storage layer)', () => {
  it('keeps every acknowledged contribution and an intact database after every kill', async () => {
    const seed = Date.now() % 2 ** 31
    const random = seededRandom(seed)
    const file = join(dir.path, 'samenspel.db')
    const acked: string[] = []
    const seen = new Set<Moment>()
    const started = performance.now()
    const command = prepareChildCommand(dir.path)
    const start = () => startCrashChild(command, file)
    const warm = Array.from({ length: warmChildren }, start)
    try {
      for (let kill = 0; kill < kills; kill++) {
        const child = warm.shift()!
        warm.push(start())
        await child.ready
        const moment = killAtRandomMoment(child, random)
        const context = `seed ${seed}, kill ${kill} (${moment})`
        expect(await child.closed, context).toBe('SIGKILL')
        seen.add(moment)
        acked.push(...child.acks)
        // The first inspection creates the schema if the child died before it could.
        const { stored, integrity } = inspect(file, kill % 2 === 1)
        expect(integrity, context).toBe('ok')
        expect(
          acked.filter((id) => !stored.has(id)),
          context
        ).toEqual([])
      }
    } finally {
      warm.forEach((child) => child.kill())
    }
    expect([...seen].sort()).toEqual([...moments].sort())
    expect(acked.length).toBeGreaterThan(kills)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`crash safety: ${kills} kills, ${acked.length} acknowledged cards, ${seconds} s`)
  }, 480_000)
})
