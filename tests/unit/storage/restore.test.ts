import { randomUUID } from 'node:crypto'
import Database from 'better-sqlite3'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppCore } from '../../../src/main/core'
import { migrate, readSchemaVersion } from '../../../src/main/db/migrate'
import { migrations } from '../../../src/main/db/migrations'
import type { Backup } from '../../../src/shared/api/backup-methods'
import { makeTempDir } from '../../helpers/temp-dir'
import { addCards, call, callFails, cardTexts, createSession, openCore } from './storage-helpers'

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

const cardInput = (sessionId: string) => ({
  sessionId,
  id: randomUUID(),
  screenId: 'stap1-vraag-1',
  text: 'Tijdens het terugzetten'
})

const sessionTitles = async () =>
  (await call<{ title: string }[]>(core, 'session.list')).map((s) => s.title)

describe('restoring a backup', () => {
  it('brings back the backed-up data in the running app, and keeps the replaced data', async () => {
    const sessionId = await createSession(core, 'Voor de kopie')
    await addCards(core, sessionId, ['Koffieochtend', 'Tolk bij gesprekken'])
    const backup = await call<Backup>(core, 'backup.create')

    await addCards(core, sessionId, ['Na de kopie'])
    await call(core, 'session.update', { id: sessionId, patch: { title: 'Hernoemd' } })
    await createSession(core, 'Nieuwe sessie')

    expect(await call(core, 'backup.restore', { fileName: backup.fileName })).toEqual({
      restored: true
    })
    expect(await sessionTitles()).toEqual(['Voor de kopie'])
    expect(await cardTexts(core, sessionId)).toEqual(['Koffieochtend', 'Tolk bij gesprekken'])

    // The services keep working on the restored data.
    await addCards(core, sessionId, ['Na het terugzetten'])
    expect(await cardTexts(core, sessionId)).toHaveLength(3)

    const before = (await call<Backup[]>(core, 'backup.list')).find(
      (b) => b.reason === 'voor-herstel'
    )
    const db = new Database(join(dir.path, 'backups', before!.fileName), { readonly: true })
    const titles = db.prepare('SELECT title FROM sessions ORDER BY title').pluck().all()
    db.close()
    expect(titles).toEqual(['Hernoemd', 'Nieuwe sessie'])
  })

  it('keeps the restored data after the app is restarted', async () => {
    await createSession(core, 'Bewaard')
    const backup = await call<Backup>(core, 'backup.create')
    await createSession(core, 'Later')
    await call(core, 'backup.restore', { fileName: backup.fileName })
    core.close()
    core = openCore(dir.path)
    expect(await sessionTitles()).toEqual(['Bewaard'])
    // Opening a database with data makes the day's backup; let it finish before cleaning up.
    await vi.waitFor(async () => {
      const reasons = (await call<Backup[]>(core, 'backup.list')).map((b) => b.reason)
      expect(reasons).toContain('dagelijks')
    })
  })

  it('migrates a backup made by an older Samenspel', async () => {
    mkdirSync(join(dir.path, 'backups'))
    const fileName = 'samenspel-2026-01-05T10-00-00-dagelijks.db'
    const old = new Database(join(dir.path, 'backups', fileName))
    migrate(old, migrations, 1)
    old.exec(`INSERT INTO sessions (id, title, date, created_at, updated_at)
      VALUES ('9d7e2d1c-8d0a-4a5e-9f4b-0c2d3e4f5a6b', 'Uit versie 1', '2026-01-05',
        '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z')`)
    old.close()

    await call(core, 'backup.restore', { fileName })
    expect(await sessionTitles()).toEqual(['Uit versie 1'])
    expect(readSchemaVersion(core.db)).toBe(migrations.at(-1)!.version)
  })
})

describe('writes while a restore runs', () => {
  it('neither freeze the app nor survive the restore', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const sessionId = await createSession(core, 'Uit de kopie')
    const backup = await call<Backup>(core, 'backup.create')
    await createSession(core, 'Tussendoor')
    let restoring = true
    const restored = call(core, 'backup.restore', { fileName: backup.fileName }).finally(
      () => (restoring = false)
    )
    // A participant's card on every turn of the event loop, as long as the restore runs.
    const writes: Promise<unknown>[] = []
    const keepWriting = (): void => {
      if (!restoring) return
      writes.push(core.dispatch('contribution.add', cardInput(sessionId)))
      setImmediate(keepWriting)
    }
    keepWriting()
    await restored
    await Promise.all(writes)
    quiet.mockRestore()
    // The event loop kept turning while the restore ran (a restore that held it would leave one
    // write, queued before it began), and every write settled; how long a stall may last is the
    // held-database bench's figure, not a test's.
    expect(writes.length).toBeGreaterThan(1)
    expect(await sessionTitles()).toEqual(['Uit de kopie'])
  })
})

describe('refusing a restore', () => {
  it('refuses names outside the backups folder or not in it, and changes nothing', async () => {
    await createSession(core, 'Blijft staan')
    await call(core, 'backup.create')
    const names = [
      '../samenspel.db',
      'samenspel.db',
      '/etc/passwd',
      'backups/../../samenspel.db',
      'samenspel-2020-01-01T00-00-00-handmatig.db'
    ]
    for (const fileName of names) {
      const error = await callFails(core, 'backup.restore', { fileName })
      expect(error.code, fileName).toBe('validation')
      expect(error.message).toMatch(/bestaat niet/)
    }
    expect(await sessionTitles()).toEqual(['Blijft staan'])
    expect(await call<Backup[]>(core, 'backup.list')).toHaveLength(1)
  })

  it('refuses a damaged backup before making any backup or change', async () => {
    await createSession(core, 'Blijft staan')
    mkdirSync(join(dir.path, 'backups'))
    const fileName = 'samenspel-2026-01-05T10-00-00-handmatig.db'
    writeFileSync(join(dir.path, 'backups', fileName), 'Dit is geen database.\n'.repeat(300))
    const error = await callFails(core, 'backup.restore', { fileName })
    expect(error).toEqual({ code: 'validation', message: expect.stringMatching(/beschadigd/) })
    expect(readdirSync(join(dir.path, 'backups'))).toEqual([fileName])
    expect(await sessionTitles()).toEqual(['Blijft staan'])
  })

  it('refuses a backup from a newer Samenspel', async () => {
    mkdirSync(join(dir.path, 'backups'))
    const fileName = 'samenspel-2026-01-05T10-00-00-handmatig.db'
    const newer = new Database(join(dir.path, 'backups', fileName))
    migrate(newer, migrations)
    newer.pragma('user_version = 999')
    newer.close()
    const error = await callFails(core, 'backup.restore', { fileName })
    expect(error.message).toMatch(/nieuwere versie van Samenspel/)
  })
})
