import type { Migration } from '../types'

/**
 * What a team records while stepping through the Kwaliteitskaart. Content items are stored by
 * their pack id (never by text), so a trainer can reword a pack without orphaning old sessions.
 */
export const migration0002SessionWorkspace: Migration = {
  version: 2,
  name: 'session-workspace',
  up(db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN position TEXT NOT NULL DEFAULT 'start';

      CREATE TABLE session_focus (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        PRIMARY KEY (session_id, question_id)
      ) STRICT;

      -- Soft delete (deleted_at) so an undo can put a card back where it was.
      CREATE TABLE contributions (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        screen_id TEXT NOT NULL,
        text TEXT NOT NULL,
        tag TEXT CHECK (tag IS NULL OR tag IN ('gaat-goed', 'kan-beter', 'idee')),
        participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
        carry_to_plan INTEGER NOT NULL DEFAULT 0 CHECK (carry_to_plan IN (0, 1)),
        position INTEGER NOT NULL,
        deleted_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX contributions_by_screen ON contributions (session_id, screen_id, position);
      -- Removing a participant looks up their cards to detach them; without this, a scan.
      CREATE INDEX contributions_by_participant ON contributions (participant_id)
        WHERE participant_id IS NOT NULL;

      CREATE TABLE facilitator_notes (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        screen_id TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_id, screen_id)
      ) STRICT;

      CREATE TABLE conversation_forms (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        form_id TEXT NOT NULL,
        status TEXT CHECK (status IS NULL OR status IN ('nu', 'gewenst', 'niet')),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (session_id, form_id)
      ) STRICT;

      CREATE TABLE agenda_elements (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        element_id TEXT NOT NULL,
        included INTEGER NOT NULL DEFAULT 0 CHECK (included IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (session_id, element_id)
      ) STRICT;

      CREATE TABLE agenda_details (
        session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        for_whom TEXT NOT NULL DEFAULT '',
        timing TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
      ) STRICT;

      CREATE TABLE self_assessments (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
        notes TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (session_id, question_id)
      ) STRICT;

      CREATE TABLE support_choices (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        support_id TEXT NOT NULL,
        chosen INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (session_id, support_id)
      ) STRICT;
    `)
  }
}
