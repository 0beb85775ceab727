import type { Migration } from '../types'

/**
 * The action plan, the review of the previous session's open actions, and the next meeting.
 * Actions are soft-deleted (deleted_at) so an undo puts them back in their place.
 */
export const migration0003ActionPlan: Migration = {
  version: 3,
  name: 'action-plan',
  up(db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN next_meeting_date TEXT NULL;
      ALTER TABLE sessions ADD COLUMN next_meeting_note TEXT NOT NULL DEFAULT '';

      CREATE TABLE actions (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        what TEXT NOT NULL,
        why TEXT NOT NULL DEFAULT '',
        screen_id TEXT,
        factor INTEGER CHECK (factor IS NULL OR factor BETWEEN 1 AND 10),
        aspect TEXT,
        owner_participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
        owner_text TEXT NOT NULL DEFAULT '',
        deadline TEXT,
        first_step TEXT NOT NULL DEFAULT '',
        support TEXT NOT NULL DEFAULT '',
        success_indicator TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'bezig', 'klaar')),
        follow_up TEXT,
        position INTEGER NOT NULL,
        origin TEXT NOT NULL DEFAULT 'vrij'
          CHECK (origin IN ('vrij', 'bijdrage', 'ondersteuning', 'prioriteit', 'meegenomen')),
        origin_ref TEXT,
        deleted_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX actions_by_session ON actions (session_id, position);
      CREATE INDEX actions_by_owner ON actions (owner_participant_id)
        WHERE owner_participant_id IS NOT NULL;

      -- What a later session decided about an open action of the team's previous session.
      -- previous_status lets a changed or cleared outcome 'klaar' give the action its status back.
      CREATE TABLE action_reviews (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        outcome TEXT NOT NULL CHECK (outcome IN ('klaar', 'meegenomen', 'vervallen')),
        previous_status TEXT CHECK (previous_status IS NULL
          OR previous_status IN ('open', 'bezig', 'klaar')),
        carried_action_id TEXT REFERENCES actions (id) ON DELETE SET NULL,
        PRIMARY KEY (session_id, action_id)
      ) STRICT;

      -- Deleting the earlier session cascades to its actions and so to their reviews.
      CREATE INDEX action_reviews_by_action ON action_reviews (action_id);
      CREATE INDEX action_reviews_by_carried ON action_reviews (carried_action_id)
        WHERE carried_action_id IS NOT NULL;
    `)
  }
}
