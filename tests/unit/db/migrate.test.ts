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

describe('migration 0002-session-workspace', () => {
  function databaseAtVersion1() {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, migrations, 1)
    db.prepare(
      `INSERT INTO sessions (id, title, school, date, created_at, updated_at)
       VALUES ('s1', 'Teamsessie', 'De Regenboog', '2026-11-22', 't0', 't1')`
    ).run()
    db.prepare(
      "INSERT INTO participants (id, session_id, name, role, position) VALUES ('p1', 's1', 'Anna', 'mentor', 0)"
    ).run()
    migrate(db, migrations, 2)
    return db
  }

  const insertCard = (db: Database.Database, id: string, participant: string | null) =>
    db
      .prepare(
        `INSERT INTO contributions (id, session_id, screen_id, text, participant_id, position,
           created_at, updated_at) VALUES (?, 's1', 'stap1-vraag-1', 'Kaartje', ?, 0, 't', 't')`
      )
      .run(id, participant)

  it('keeps existing sessions and participants and starts them at the start screen', () => {
    const db = databaseAtVersion1()
    expect(readSchemaVersion(db)).toBe(2)
    expect(db.prepare('SELECT * FROM sessions').all()).toEqual([
      {
        id: 's1',
        title: 'Teamsessie',
        school: 'De Regenboog',
        team: '',
        date: '2026-11-22',
        facilitator: '',
        created_at: 't0',
        updated_at: 't1',
        position: 'start'
      }
    ])
    expect(db.prepare('SELECT name, role FROM participants').all()).toEqual([
      { name: 'Anna', role: 'mentor' }
    ])
  })

  it('keeps a card without attribution when its participant is removed', () => {
    const db = databaseAtVersion1()
    insertCard(db, 'c1', 'p1')
    db.prepare("DELETE FROM participants WHERE id = 'p1'").run()
    expect(
      db.prepare("SELECT text, participant_id FROM contributions WHERE id = 'c1'").get()
    ).toEqual({
      text: 'Kaartje',
      participant_id: null
    })
  })

  it('refuses tags, statuses and ratings outside their lists', () => {
    const db = databaseAtVersion1()
    insertCard(db, 'c1', null)
    expect(() =>
      db.prepare("UPDATE contributions SET tag = 'super' WHERE id = 'c1'").run()
    ).toThrow(/CHECK/)
    expect(() =>
      db.prepare("INSERT INTO conversation_forms VALUES ('s1', 'gespreksvorm-1', 'ooit', '')").run()
    ).toThrow(/CHECK/)
    expect(() =>
      db.prepare("INSERT INTO self_assessments VALUES ('s1', 'stap3-vraag-1', 6, '')").run()
    ).toThrow(/CHECK/)
  })

  it('removes everything recorded in a session when the session is deleted', () => {
    const db = databaseAtVersion1()
    insertCard(db, 'c1', 'p1')
    db.exec(`
      INSERT INTO session_focus VALUES ('s1', 'praktijkvraag-1');
      INSERT INTO facilitator_notes VALUES ('s1', 'stap1', 'Rondje doen', 't');
      INSERT INTO conversation_forms VALUES ('s1', 'gespreksvorm-1', 'nu', '');
      INSERT INTO agenda_elements VALUES ('s1', 'agenda-element-1', 1, '');
      INSERT INTO agenda_details VALUES ('s1', 'Alle ouders', 'September', '');
      INSERT INTO self_assessments VALUES ('s1', 'stap3-vraag-1', 4, '');
      INSERT INTO support_choices VALUES ('s1', 'steun-training', 1, '');
    `)
    db.prepare("DELETE FROM sessions WHERE id = 's1'").run()
    for (const table of workspaceTables) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0)
    }
  })
})

const workspaceTables = [
  'participants',
  'session_focus',
  'contributions',
  'facilitator_notes',
  'conversation_forms',
  'agenda_elements',
  'agenda_details',
  'self_assessments',
  'support_choices'
]
