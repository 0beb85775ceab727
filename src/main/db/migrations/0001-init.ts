import type { Migration } from '../types'

export const migration0001Init: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        school TEXT NOT NULL DEFAULT '',
        team TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        facilitator TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX sessions_by_date ON sessions (date DESC, created_at DESC);

      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
      ) STRICT;

      CREATE INDEX participants_by_session ON participants (session_id, position);
    `)
  }
}
