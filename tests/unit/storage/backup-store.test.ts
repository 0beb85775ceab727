import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseBackupName } from '../../../src/main/backup/backup-names'
import { createBackupStore } from '../../../src/main/backup/backup-store'
import { dailyBackupDue } from '../../../src/main/backup/daily-backup'
import { openDatabase } from '../../../src/main/db/open-database'
import type { Db } from '../../../src/main/db/types'
import type { Backup } from '../../../src/shared/api/backup-methods'
import { makeTempDir } from '../../helpers/temp-dir'

let dir: ReturnType<typeof makeTempDir>
let db: Db
let clock: Date
beforeEach(() => {
  dir = makeTempDir()
  db = openDatabase(join(dir.path, 'samenspel.db'))
  clock = new Date('2026-11-22T09:00:00Z')
})
afterEach(() => {
  db.close()
  dir.remove()
})

const store = (keep = 20) => createBackupStore({ db, dataDir: dir.path, keep, now: () => clock })
const minutesLater = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000))

function addSession(id: string) {
  db.prepare(
    `INSERT INTO sessions (id, title, date, created_at, updated_at)
     VALUES (?, 'Sessie', '2026-11-22', 'nu', 'nu')`
  ).run(id)
}

describe('keeping backups', () => {
  it('keeps the newest N of every reason together and prunes the oldest first', async () => {
    const backups = store(3)
    const made: string[] = []
    for (const reason of ['dagelijks', 'handmatig', 'sessie-gesloten', 'handmatig'] as const) {
      made.push((await backups.create(reason)).fileName)
      minutesLater(1)
    }
    expect(backups.list().map((b) => b.fileName)).toEqual(made.slice(1).reverse())
  })

  it('gives two backups of the same second and reason different names', async () => {
    const backups = store()
    const first = await backups.create('handmatig')
    const second = await backups.create('handmatig')
    expect(first.fileName).toBe('samenspel-2026-11-22T09-00-00-handmatig.db')
    expect(second.fileName).toBe('samenspel-2026-11-22T09-00-00-handmatig-2.db')
    expect(backups.list().map((b) => b.fileName)).toEqual([second.fileName, first.fileName])
  })

  it('leaves files with other names alone and does not list them', async () => {
    writeFileSync(join(dir.path, 'notitie.txt'), 'x')
    const backups = store(1)
    await backups.create('handmatig')
    writeFileSync(join(backups.dir, 'mijn-kopie.db'), 'x')
    minutesLater(1)
    await backups.create('handmatig')
    expect(backups.list()).toHaveLength(1)
    expect(parseBackupName('mijn-kopie.db')).toBeUndefined()
    expect(parseBackupName('samenspel-2026-02-31T09-00-00-handmatig.db')).toBeUndefined()
  })
})

describe('the daily backup', () => {
  const daily = (createdAt: string): Backup => ({
    fileName: 'x',
    createdAt,
    sessionTitle: null,
    sizeBytes: 1,
    reason: 'dagelijks'
  })
  const now = new Date('2026-11-22T09:00:00Z')

  it('is due when there is none, or the newest daily one is a day old', () => {
    expect(dailyBackupDue([], now)).toBe(true)
    expect(dailyBackupDue([daily('2026-11-21T10:00:00.000Z')], now)).toBe(false)
    expect(dailyBackupDue([daily('2026-11-21T09:00:00.000Z')], now)).toBe(true)
    const manual = { ...daily('2026-11-22T08:00:00.000Z'), reason: 'handmatig' } as const
    expect(dailyBackupDue([manual, daily('2026-11-20T09:00:00.000Z')], now)).toBe(true)
  })

  it('is due when the newest daily one lies in the future (the clock was wrong)', () => {
    expect(dailyBackupDue([daily('2026-11-23T09:00:00.000Z')], now)).toBe(true)
  })

  it('is made once a day, only for a database with sessions, and not twice for the same data', async () => {
    const backups = store()
    expect(await backups.dailyIfDue()).toBeNull()
    addSession('s1')
    expect((await backups.dailyIfDue())?.reason).toBe('dagelijks')
    minutesLater(23 * 60)
    expect(await backups.dailyIfDue()).toBeNull()
    minutesLater(60)
    expect(await backups.dailyIfDue()).toBeNull()
    addSession('s2')
    expect((await backups.dailyIfDue())?.createdAt).toBe('2026-11-23T09:00:00.000Z')
  })
})
