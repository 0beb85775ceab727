import type { Migration } from '../types'

/**
 * Two things a session remembers about itself beyond its content: whether the facilitator
 * chose to name who said what in the report (off unless chosen), and which file it was
 * imported from, so importing the same file again can be noticed and asked about. And a
 * quickscan respondent is deleted softly, like a card, so deleting 49 answers can be undone.
 */
export const migration0011SessionChoices: Migration = {
  version: 11,
  name: 'session-choices',
  up(db) {
    db.exec(`
      CREATE TABLE report_choices (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        attributions INTEGER NOT NULL CHECK (attributions IN (0, 1))
      );
      CREATE TABLE session_imports (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        file_digest TEXT NOT NULL,
        source_session_id TEXT NOT NULL,
        imported_at TEXT NOT NULL
      );
      CREATE INDEX session_imports_digest ON session_imports(file_digest);
      ALTER TABLE quickscan_respondents ADD COLUMN deleted_at TEXT;
    `)
  }
}
