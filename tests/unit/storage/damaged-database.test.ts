import Database from 'better-sqlite3'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { detectDamage } from '../../../src/main/db/integrity/detect-damage'
import { DatabaseTooNewError } from '../../../src/main/db/migrate'
import type { Backup, StartupProblem } from '../../../src/shared/api/backup-methods'
import { makeTempDir } from '../../helpers/temp-dir'
import { addCards, call, cardTexts, createSession, openCore } from './storage-helpers'

let dir: ReturnType<typeof makeTempDir>
beforeEach(() => (dir = makeTempDir()))
afterEach(() => dir.remove())

const dbFile = () => join(dir.path, 'samenspel.db')

/** A real database with a session of 120 cards (several pages), and optionally a backup. */
async function realDatabase(withBackup: boolean) {
  const core = openCore(dir.path)
  const sessionId = await createSession(core, 'Echte sessie')
  await addCards(
    core,
    sessionId,
    Array.from({ length: 120 }, (_, i) => `Kaartje ${i} `.repeat(8))
  )
  const backup = withBackup ? await call<Backup>(core, 'backup.create') : null
  core.close()
  return { sessionId, backup, bytes: readFileSync(dbFile()) }
}

/** Where the contributions table's b-tree starts, and the page size. */
function contributionsPage(bytes: Buffer): { offset: number; size: number } {
  const copy = join(dir.path, 'inspect.db')
  writeFileSync(copy, bytes)
  const db = new Database(copy, { readonly: true })
  const root = db
    .prepare<[], number>("SELECT rootpage FROM sqlite_master WHERE name = 'contributions'")
    .pluck()
    .get()!
  const size = db.pragma('page_size', { simple: true }) as number
  db.close()
  return { offset: (root - 1) * size, size }
}

const damages: Record<StartupProblem['kind'], (bytes: Buffer) => Buffer> = {
  'geen-database': () => Buffer.from('Dit is geen database, maar een tekstbestand.\n'.repeat(60)),
  // Cut in the middle of a page, as a copy interrupted halfway would.
  afgekapt: (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2) + 1000),
  'kop-beschadigd': (bytes) => {
    const damaged = Buffer.from(bytes)
    for (let i = 0; i < 100; i++) damaged[i] = (i * 73 + 29) % 256
    return damaged
  },
  // The header is sound; the b-tree page of the cards table is not.
  'pagina-beschadigd': (bytes) => {
    const damaged = Buffer.from(bytes)
    const page = contributionsPage(bytes)
    for (let i = 0; i < 64; i++) damaged[page.offset + i] = (i * 151 + 7) % 256
    return damaged
  }
}

describe('a damaged database at start-up', () => {
  for (const kind of Object.keys(damages) as StartupProblem['kind'][]) {
    it(`${kind}: moves it aside unchanged, starts empty and offers the newest backup`, async () => {
      const { backup, bytes } = await realDatabase(true)
      const damaged = damages[kind](bytes)
      writeFileSync(dbFile(), damaged)

      const core = openCore(dir.path)
      try {
        const problem = await call<StartupProblem>(core, 'app.startupProblem')
        expect(problem).toEqual(core.startupProblem)
        expect(problem.kind).toBe(kind)
        expect(problem.newestBackup?.fileName).toBe(backup!.fileName)
        expect(dirname(problem.movedTo)).toBe(join(dir.path, 'beschadigd'))
        expect(problem.movedTo).toMatch(/samenspel-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.db$/)
        expect(readFileSync(problem.movedTo).equals(damaged)).toBe(true)
        expect(await call(core, 'session.list')).toEqual([])
      } finally {
        core.close()
      }
    })
  }

  it('offers no backup when there is none', async () => {
    const { bytes } = await realDatabase(false)
    writeFileSync(dbFile(), damages['kop-beschadigd'](bytes))
    const core = openCore(dir.path)
    expect(core.startupProblem).toMatchObject({ kind: 'kop-beschadigd', newestBackup: null })
    core.close()
  })

  it('brings the data back when the offered backup is restored', async () => {
    const { sessionId, bytes } = await realDatabase(true)
    writeFileSync(dbFile(), damages.afgekapt(bytes))
    const core = openCore(dir.path)
    try {
      const fileName = core.startupProblem!.newestBackup!.fileName
      await call(core, 'backup.restore', { fileName })
      expect(await cardTexts(core, sessionId)).toHaveLength(120)
      expect(await call(core, 'app.startupProblem')).toBeNull()
    } finally {
      core.close()
    }
  })

  it('moves the -wal and -shm along and never overwrites an earlier damaged file', async () => {
    const moved: string[] = []
    for (const text of ['eerste', 'tweede']) {
      writeFileSync(dbFile(), `geen database (${text})`)
      writeFileSync(`${dbFile()}-wal`, `wal (${text})`)
      const core = openCore(dir.path)
      moved.push(core.startupProblem!.movedTo)
      core.close()
    }
    expect(new Set(moved).size).toBe(2)
    expect(readFileSync(moved[0]!, 'utf8')).toBe('geen database (eerste)')
    expect(readFileSync(`${moved[1]!}-wal`, 'utf8')).toBe('wal (tweede)')
  })
})

describe('a database that is not damaged', () => {
  it('opens as it is, with nothing moved', async () => {
    const { sessionId } = await realDatabase(false)
    const core = openCore(dir.path)
    try {
      expect(core.startupProblem).toBeNull()
      expect(await cardTexts(core, sessionId)).toHaveLength(120)
      expect(existsSync(join(dir.path, 'beschadigd'))).toBe(false)
    } finally {
      core.close()
    }
  })

  it('is refused, untouched, when a newer Samenspel wrote it (newer is not damaged)', async () => {
    const { bytes } = await realDatabase(false)
    const newer = new Database(dbFile())
    newer.pragma('user_version = 999')
    newer.close()
    const written = readFileSync(dbFile())
    expect(written.equals(bytes)).toBe(false)

    expect(() => openCore(dir.path)).toThrow(DatabaseTooNewError)
    expect(readFileSync(dbFile()).equals(written)).toBe(true)
    expect(existsSync(join(dir.path, 'beschadigd'))).toBe(false)
  })

  it('counts an empty file as a new database, as SQLite does', () => {
    writeFileSync(dbFile(), '')
    expect(detectDamage(dbFile())).toBeNull()
    expect(readdirSync(dir.path)).toEqual(['samenspel.db'])
  })
})
