import type { Migration } from '../types'

/**
 * The quickscan of a session: respondents answer on their own, the team sets priorities per
 * cluster. Questions and clusters are stored by their pack id.
 */
export const migration0004Quickscan: Migration = {
  version: 4,
  name: 'quickscan',
  up(db) {
    db.exec(`
      CREATE TABLE quickscans (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL UNIQUE REFERENCES sessions (id) ON DELETE CASCADE,
        revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE quickscan_respondents (
        id TEXT PRIMARY KEY,
        quickscan_id TEXT NOT NULL REFERENCES quickscans (id) ON DELETE CASCADE,
        name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        mode TEXT NOT NULL CHECK (mode IN ('laptop', 'papier', 'apparaat')),
        completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX quickscan_respondents_by_scan ON quickscan_respondents (quickscan_id, created_at);

      CREATE TABLE quickscan_answers (
        respondent_id TEXT NOT NULL REFERENCES quickscan_respondents (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer IN ('++', '+', '+/-', '-', '--', '?')),
        PRIMARY KEY (respondent_id, question_id)
      ) STRICT;

      CREATE TABLE quickscan_grades (
        respondent_id TEXT NOT NULL REFERENCES quickscan_respondents (id) ON DELETE CASCADE,
        cluster_id TEXT NOT NULL,
        grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 10),
        PRIMARY KEY (respondent_id, cluster_id)
      ) STRICT;

      CREATE TABLE quickscan_priorities (
        quickscan_id TEXT NOT NULL REFERENCES quickscans (id) ON DELETE CASCADE,
        cluster_id TEXT NOT NULL,
        priority TEXT NOT NULL DEFAULT '',
        support TEXT NOT NULL DEFAULT '',
        first_step TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (quickscan_id, cluster_id)
      ) STRICT;
    `)
  }
}
