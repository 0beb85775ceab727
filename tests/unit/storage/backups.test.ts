import Database from 'better-sqlite3'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppCore } from '../../../src/main/core'
import type { Backup } from '../../../src/shared/api/backup-methods'
import { makeTempDir } from '../../helpers/temp-dir'
import { addCards, call, callFails, createSession, openCore } from './storage-helpers'

let dir: ReturnType<typeof makeTempDir>
let core: AppCore
beforeEach(() => {
  dir = makeTempDir()
  core = openCore(dir.path)
})
afterEach(() => {
  core.close()
  dir.remove()
})

const backupsDir = () => join(dir.path, 'backups')

function sessionTitlesIn(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return db.prepare<[], string>('SELECT title FROM sessions ORDER BY title').pluck().all()
  } finally {
    db.close()
  }
}

describe('backups on request', () => {
  it('writes a self-contained copy named by time and reason into <dataDir>/backups', async () => {
    await createSession(core, 'Eerste sessie')
    const backup = await call<Backup>(core, 'backup.create')
    expect(backup.fileName).toMatch(/^samenspel-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-handmatig\.db$/)
    expect(backup.reason).toBe('handmatig')
    expect(backup.sizeBytes).toBeGreaterThan(0)
    expect(Math.abs(Date.parse(backup.createdAt) - Date.now())).toBeLessThan(5000)
    // One file, no -wal or half-written .part beside it: it can be copied on its own.
    expect(readdirSync(backupsDir())).toEqual([backup.fileName])
    expect(sessionTitlesIn(join(backupsDir(), backup.fileName))).toEqual(['Eerste sessie'])
  })

  it('lists the backups newest first', async () => {
    await createSession(core)
    const first = await call<Backup>(core, 'backup.create')
    const second = await call<Backup>(core, 'backup.create')
    const listed = await call<Backup[]>(core, 'backup.list')
    expect(listed.map((b) => b.fileName)).toEqual([second.fileName, first.fileName])
  })
})

describe('a backup that cannot be written', () => {
  it('tells the facilitator plainly, and leaves the data alone', async () => {
    await createSession(core, 'Blijft staan')
    // A file where the backups folder should be: the folder cannot be made, and why is said.
    writeFileSync(backupsDir(), 'geen map')
    const error = await callFails(core, 'backup.create', {})
    expect(error.code).toBe('unavailable')
    expect(error.message).toMatch(/geen back-ups maken: .* is een bestand, geen map.*in orde/)
    const titles = (await call<{ title: string }[]>(core, 'session.list')).map((x) => x.title)
    expect(titles).toEqual(['Blijft staan'])
  })
})

describe('a backup when a session is closed', () => {
  it('is made when something changed since the last backup, and skipped when not', async () => {
    const sessionId = await createSession(core)
    const first = await call<{ backup: Backup | null }>(core, 'session.close', { sessionId })
    expect(first.backup?.reason).toBe('sessie-gesloten')
    const unchanged = await call<{ backup: Backup | null }>(core, 'session.close', { sessionId })
    expect(unchanged.backup).toBeNull()
    await addCards(core, sessionId, ['Koffieochtend'])
    const changed = await call<{ backup: Backup | null }>(core, 'session.close', { sessionId })
    expect(changed.backup?.reason).toBe('sessie-gesloten')
    expect(await call<Backup[]>(core, 'backup.list')).toHaveLength(2)
  })
})

describe('the daily backup at start-up', () => {
  it('is made when the app opens a database with data and no daily backup yet', async () => {
    await createSession(core, 'Al bewaard')
    core.close()
    core = openCore(dir.path)
    await vi.waitFor(async () => {
      const listed = await call<Backup[]>(core, 'backup.list')
      expect(listed.map((b) => b.reason)).toEqual(['dagelijks'])
    })
  })

  it('is not made for an empty database', async () => {
    core.close()
    core = openCore(dir.path)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(existsSync(backupsDir())).toBe(false)
  })
})
