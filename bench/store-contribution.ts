import { randomUUID } from 'node:crypto'
import { participantPorts } from '../tests/helpers/participant-ports'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadContent } from '../src/main/content/load-content'
import { openDatabase } from '../src/main/db/open-database'
import type { Db } from '../src/main/db/types'
import { createDispatch, type Dispatch } from '../src/main/services/dispatch'
import { createServices } from '../src/main/services'
import { isTmpfs } from './machine'
import { summarize, summaryRows, type Bench, type BenchContext, type BenchRow } from './report'

const resourcesDir = join(__dirname, '..', 'resources')
const screenId = 'stap1-vraag-1'
const existingCards = 1000

interface Store {
  db: Db
  dispatch: Dispatch
  sessionId: string
}

async function call<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const result = await dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.data as T
}

const cardText = (i: number) => `Bijdrage ${i}: ouders helpen mee bij de voorleesochtend`

/** The app's own open (WAL, synchronous FULL) and services, with a session of 1,000 cards. */
async function openStore(file: string): Promise<Store> {
  const db = openDatabase(file)
  const dispatch = createDispatch(
    createServices({
      ...participantPorts(),
      db,
      content: loadContent(resourcesDir),
      appInfo: { version: 'bench', host: 'browser', dataDir: tmpdir() },
      resourcesDir
    })
  )
  const { id: sessionId } = await call<{ id: string }>(dispatch, 'session.create', {
    title: 'Benchmark',
    school: 'De Regenboog',
    team: 'Onderbouw',
    date: '2026-11-22',
    facilitator: 'Mira'
  })
  // Seeding is not what is measured: skip its thousand fsyncs, then restore the app's setting.
  db.pragma('synchronous = OFF')
  for (let i = 0; i < existingCards; i++) {
    const card = { sessionId, id: randomUUID(), screenId, text: cardText(i) }
    await call(dispatch, 'contribution.add', card)
  }
  db.pragma('synchronous = FULL')
  db.pragma('wal_checkpoint(TRUNCATE)')
  return { db, dispatch, sessionId }
}

interface Samples {
  service: number[]
  raw: number[]
}

/**
 * Alternates the two writes (and which goes first) so both see the same disk, cache and
 * neighbours' noise. The raw insert is the repository's row, written by one prepared statement.
 */
async function measure(store: Store, warmUp: number, rounds: number): Promise<Samples> {
  const { db, dispatch, sessionId } = store
  const insert = db.prepare(
    `INSERT INTO contributions (id, session_id, screen_id, text, tag, participant_id,
       carry_to_plan, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  // Apart from the service's positions; nothing depends on positions being unique.
  let position = 1_000_000
  const viaService = async (i: number): Promise<number> => {
    const card = { sessionId, id: randomUUID(), screenId, text: cardText(i) }
    const start = performance.now()
    const result = await dispatch('contribution.add', card)
    const elapsed = performance.now() - start
    if (!result.ok) throw new Error(`contribution.add: ${result.error.message}`)
    return elapsed
  }
  const raw = (i: number): number => {
    const [id, text, now] = [randomUUID(), cardText(i), new Date().toISOString()]
    const start = performance.now()
    insert.run(id, sessionId, screenId, text, null, null, 0, position++, now, now)
    return performance.now() - start
  }
  const samples: Samples = { service: [], raw: [] }
  globalThis.gc?.()
  for (let i = 0; i < warmUp + rounds; i++) {
    const serviceFirst = i % 2 === 0
    const a = serviceFirst ? await viaService(i) : raw(i)
    const b = serviceFirst ? raw(i) : await viaService(i)
    if (i < warmUp) continue
    samples.service.push(serviceFirst ? a : b)
    samples.raw.push(serviceFirst ? b : a)
  }
  return samples
}

function rows(label: string, samples: Samples, withTarget: boolean): BenchRow[] {
  const raw = summarize(samples.raw)
  const rawName = `raw INSERT, ${label}`
  const comparison = { name: `${rawName} median`, value: raw.median }
  const target = withTarget ? { max: 3, of: 'ratio' as const } : undefined
  return [
    ...summaryRows(`contribution.add, ${label}`, summarize(samples.service), {
      comparison,
      target
    }),
    ...summaryRows(rawName, raw)
  ]
}

async function onDisk(context: BenchContext): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-bench-'))
  try {
    const store = await openStore(join(dir, 'samenspel.db'))
    try {
      const journal = String(store.db.pragma('journal_mode', { simple: true }))
      const synchronous = Number(store.db.pragma('synchronous', { simple: true }))
      // The figure is only the app's if every commit waits for the disk, as it does there.
      if (journal !== 'wal' || synchronous !== 2) {
        throw new Error(`opened with journal_mode=${journal}, synchronous=${synchronous}`)
      }
      context.log(`store: ${existingCards} cards seeded on disk (WAL, synchronous=FULL)`)
      const label = isTmpfs(dir) ? 'disk (tmpfs!)' : 'disk'
      return rows(label, await measure(store, 50, 500), true)
    } finally {
      store.db.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function inMemory(context: BenchContext): Promise<BenchRow[]> {
  const store = await openStore(':memory:')
  try {
    context.log(`store: ${existingCards} cards seeded in memory`)
    return rows('memory', await measure(store, 100, 1000), false)
  } finally {
    store.db.close()
  }
}

/** Figure 1: what the real path costs over the write it cannot avoid. */
export const storeContribution: Bench = {
  name: 'store one contribution (session with 1,000 cards)',
  run: async (context) => [...(await onDisk(context)), ...(await inMemory(context))]
}
