import Database from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DatabaseTooNewError, migrate, readSchemaVersion } from '../../../src/main/db/migrate'
import { migrations } from '../../../src/main/db/migrations'
import { openDatabase } from '../../../src/main/db/open-database'
import type { Migration } from '../../../src/main/db/types'
import { makeTempDir } from '../../helpers/temp-dir'

let dir: ReturnType<typeof makeTempDir>
beforeEach(() => (dir = makeTempDir()))
afterEach(() => dir.remove())

describe('migration runner', () => {
  it('brings a new database to the newest schema version', () => {
    const db = openDatabase(join(dir.path, 'a.db'))
    expect(readSchemaVersion(db)).toBe(migrations.at(-1)!.version)
    db.close()
  })

  it('opens with WAL journaling, foreign keys on and synchronous FULL every time', () => {
    const file = join(dir.path, 'a.db')
    openDatabase(file).close()
    const db = openDatabase(file)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    db.close()
  })

  it('refuses a database from a newer Samenspel and leaves the file byte for byte as it was', () => {
    const file = join(dir.path, 'newer.db')
    const raw = new Database(file)
    raw.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('keep me')")
    raw.pragma('user_version = 999')
    raw.close()
    const before = readFileSync(file)

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError)
    expect(() => openDatabase(file)).toThrow(/nieuwere versie van Samenspel/)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('runs each step in its own transaction: a failing step leaves the previous version intact', () => {
    const db = new Database(':memory:')
    const list: Migration[] = [
      { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE one (x INTEGER)') },
      {
        version: 2,
        name: 'broken',
        up: (d) => {
          d.exec('CREATE TABLE two (x INTEGER)')
          throw new Error('step fails halfway')
        }
      }
    ]
    expect(() => migrate(db, list)).toThrow('step fails halfway')
    expect(readSchemaVersion(db)).toBe(1)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
    expect(tables).toEqual(['one'])
  })

  it('does not run a step twice when the database is reopened', () => {
    let runs = 0
    const list: Migration[] = [{ version: 1, name: 'count', up: () => void runs++ }]
    const file = join(dir.path, 'b.db')
    openDatabase(file, list).close()
    openDatabase(file, list).close()
    expect(runs).toBe(1)
  })
})

describe('migration 0001-init', () => {
  it('creates sessions and participants, and deleting a session removes its participants', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, migrations, 1)
    db.prepare(
      `INSERT INTO sessions (id, title, date, created_at, updated_at)
       VALUES ('s1', 'Teamsessie', '2026-11-22', 'now', 'now')`
    ).run()
    db.prepare(
      "INSERT INTO participants (id, session_id, name, position) VALUES ('p1', 's1', 'Anna', 0)"
    ).run()
    db.prepare("DELETE FROM sessions WHERE id = 's1'").run()
    expect(db.prepare('SELECT COUNT(*) FROM participants').pluck().get()).toBe(0)
  })

  it('rejects a participant of a session that does not exist', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, migrations, 1)
    expect(() =>
      db
        .prepare(
          "INSERT INTO participants (id, session_id, name, position) VALUES ('p1', 'nope', 'A', 0)"
        )
        .run()
    ).toThrow(/FOREIGN KEY/)
  })
})
