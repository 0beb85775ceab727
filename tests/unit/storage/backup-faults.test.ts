import { existsSync, mkdirSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackupStore } from '../../../src/main/backup/backup-store'
import type { AppCore } from '../../../src/main/core'
import { databasePath, openDatabase } from '../../../src/main/db/open-database'
import type { Backup, StartupProblem } from '../../../src/shared/api/backup-methods'
import { makeTempDir } from '../../helpers/temp-dir'
import { call, callFails, createSession, openCore } from './storage-helpers'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
})

function dataDir(): string {
  const dir = makeTempDir()
  cleanups.push(dir.remove)
  return dir.path
}

function open(path: string): AppCore {
  const core = openCore(path)
  cleanups.push(() => core.close())
  return core
}

const titles = async (core: AppCore) =>
  (await call<{ title: string }[]>(core, 'session.list')).map((s) => s.title)

describe('backup problems at start-up', () => {
  it('starts with a file named "backups" in the way, and says in Dutch what is wrong', async () => {
    const path = dataDir()
    writeFileSync(join(path, 'backups'), 'geen map')
    // The fault: a raw Node error (ENOTDIR) stopped the app although the data was fine.
    const core = open(path)
    await createSession(core, 'Gewoon verder')
    expect(await titles(core)).toEqual(['Gewoon verder'])
    const error = await callFails(core, 'backup.list', {})
    expect(error.message).toBe(
      `Samenspel kan geen back-ups maken: ${join(path, 'backups')} is een bestand, geen map. Hernoem of verplaats dat bestand; je gegevens zelf zijn in orde.`
    )
    expect((await callFails(core, 'backup.create', {})).message).toMatch(/is een bestand, geen map/)
  })

  it('offers the newest backup for a database emptied to zero bytes', async () => {
    const path = dataDir()
    const first = openCore(path)
    await createSession(first, 'Vorige week')
    const backup = await call<Backup>(first, 'backup.create')
    first.close()
    truncateSync(databasePath(path), 0)
    for (const extra of ['-wal', '-shm']) rmSync(databasePath(path) + extra, { force: true })

    const core = open(path)
    const problem = await call<StartupProblem>(core, 'app.startupProblem')
    expect(problem).toMatchObject({ kind: 'afgekapt', newestBackup: { fileName: backup.fileName } })
    await call(core, 'backup.restore', { fileName: backup.fileName })
    expect(await titles(core)).toEqual(['Vorige week'])
  })

  it('removes what a killed backup left, but not a part another Samenspel is writing now', async () => {
    const path = dataDir()
    const backups = join(path, 'backups')
    mkdirSync(backups)
    const killed = join(backups, 'samenspel-2026-11-22T09-00-00-dagelijks.db.part')
    const writing = join(backups, 'samenspel-2026-11-22T09-00-01-handmatig.db.part')
    writeFileSync(killed, Buffer.alloc(64 * 1024))
    writeFileSync(writing, Buffer.alloc(1024))
    // Killed two minutes ago: the old rule kept it for an hour.
    const twoMinutesAgo = new Date(Date.now() - 2 * 60_000)
    utimesSync(killed, twoMinutesAgo, twoMinutesAgo)
    open(path)
    expect(existsSync(killed)).toBe(false)
    expect(existsSync(writing)).toBe(true)
  })
})

describe('many backups in one second', () => {
  it('are listed in the order they were made, and pruning takes the oldest', async () => {
    const path = dataDir()
    const db = openDatabase(databasePath(path))
    cleanups.push(() => db.close())
    const second = new Date('2026-11-22T09:00:00.250Z')
    const store = createBackupStore({ db, dataDir: path, keep: 20, now: () => second })
    const made: string[] = []
    const reasons = ['handmatig', 'sessie-gesloten', 'dagelijks'] as const
    for (let i = 0; i < 25; i++) made.push((await store.create(reasons[i % 3]!)).fileName)
    // Newest first, exactly the 20 made last: no reused number sorting the newest as oldest.
    expect(store.list().map((b) => b.fileName)).toEqual(made.slice(5).reverse())
    expect(new Set(made).size).toBe(25)
  })
})

describe('the list of backups', () => {
  it('names the session whose closing made a backup', async () => {
    const core = open(dataDir())
    const sessionId = await createSession(core, 'Teamavond november')
    const { backup } = await call<{ backup: Backup | null }>(core, 'session.close', { sessionId })
    expect(backup).toMatchObject({ reason: 'sessie-gesloten', sessionTitle: 'Teamavond november' })
    const manual = await call<Backup>(core, 'backup.create')
    expect(manual.sessionTitle).toBeNull()
    const listed = await call<Backup[]>(core, 'backup.list')
    expect(listed.map((b) => [b.reason, b.sessionTitle])).toEqual([
      ['handmatig', null],
      ['sessie-gesloten', 'Teamavond november']
    ])
  })
})
