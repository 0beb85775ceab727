import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, readSchemaVersion } from '../../../src/main/db/migrate'
import { migrations } from '../../../src/main/db/migrations'

/** A database at version 4 with a session and a facilitator's card, then migrated to 5. */
function databaseAtVersion5() {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations, 4)
  db.exec(`
    INSERT INTO sessions (id, title, date, created_at, updated_at)
      VALUES ('s1', 'Teamsessie', '2026-11-22', 't0', 't1');
    INSERT INTO contributions (id, session_id, screen_id, text, position, created_at, updated_at)
      VALUES ('c1', 's1', 'stap1-vraag-1', 'Van voor het meedoen', 0, 't', 't');
  `)
  migrate(db, migrations, 5)
  return db
}

const insertDeviceCard = (db: Database.Database, id: string, device: string | null) =>
  db
    .prepare(
      `INSERT INTO contributions (id, session_id, screen_id, text, position, created_at,
         updated_at, origin, device_id, device_name, held)
       VALUES (?, 's1', 'stap1-vraag-1', 'Van een telefoon', 1, 't', 't', 'deelnemer', ?, 'Sanne', 1)`
    )
    .run(id, device)

describe('migration 0005-joining', () => {
  it('keeps earlier cards as the facilitator’s, shown and not held', () => {
    const db = databaseAtVersion5()
    expect(readSchemaVersion(db)).toBe(5)
    expect(
      db
        .prepare('SELECT text, origin, device_id, device_name, held, hidden FROM contributions')
        .get()
    ).toEqual({
      text: 'Van voor het meedoen',
      origin: 'gespreksleider',
      device_id: null,
      device_name: null,
      held: 0,
      hidden: 0
    })
  })

  it('links cards to joined devices and keeps them when a device row goes', () => {
    const db = databaseAtVersion5()
    db.exec(
      `INSERT INTO joined_devices (id, session_id, name, joined_at) VALUES ('d1', 's1', 'Sanne', 't')`
    )
    insertDeviceCard(db, 'c2', 'd1')
    db.prepare("DELETE FROM joined_devices WHERE id = 'd1'").run()
    expect(
      db.prepare("SELECT device_id, device_name FROM contributions WHERE id = 'c2'").get()
    ).toEqual({ device_id: null, device_name: 'Sanne' })
  })

  it('refuses unknown origins, flags other than 0/1 and devices that do not exist', () => {
    const db = databaseAtVersion5()
    const run = (sql: string) => () => db.prepare(sql).run()
    expect(run("UPDATE contributions SET origin = 'robot'")).toThrow(/CHECK/)
    expect(run('UPDATE contributions SET held = 2')).toThrow(/CHECK/)
    expect(run('UPDATE contributions SET hidden = -1')).toThrow(/CHECK/)
    expect(() => insertDeviceCard(db, 'c3', 'nope')).toThrow(/FOREIGN KEY/)
  })

  it('removes a session’s devices with the session', () => {
    const db = databaseAtVersion5()
    db.exec(
      `INSERT INTO joined_devices (id, session_id, name, joined_at) VALUES ('d1', 's1', '', 't')`
    )
    db.prepare("DELETE FROM sessions WHERE id = 's1'").run()
    expect(db.prepare('SELECT COUNT(*) FROM joined_devices').pluck().get()).toBe(0)
  })
})
