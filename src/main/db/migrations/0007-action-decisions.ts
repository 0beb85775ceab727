import type { Migration } from '../types'

/**
 * `vervallen` becomes a status of the action itself (before, "laten vallen" left it open in
 * its own plan), and a review can say `loopt-door` and why. SQLite cannot change a CHECK in
 * place, so both tables are rebuilt; reviews are set aside first, so dropping the old actions
 * table cascades into nothing.
 */
export const migration0007ActionDecisions: Migration = {
  version: 7,
  name: 'action-decisions',
  up(db) {
    db.exec(`
      CREATE TEMP TABLE kept_reviews AS SELECT * FROM action_reviews;
      DROP TABLE action_reviews;

      CREATE TABLE actions_new (
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
        status TEXT NOT NULL DEFAULT 'open'
          CHECK (status IN ('open', 'bezig', 'klaar', 'vervallen')),
        follow_up TEXT,
        position INTEGER NOT NULL,
        origin TEXT NOT NULL DEFAULT 'vrij'
          CHECK (origin IN ('vrij', 'bijdrage', 'ondersteuning', 'prioriteit', 'meegenomen')),
        origin_ref TEXT,
        deleted_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO actions_new SELECT id, session_id, what, why, screen_id, factor, aspect,
        owner_participant_id, owner_text, deadline, first_step, support, success_indicator,
        status, follow_up, position, origin, origin_ref, deleted_at, created_at, updated_at
        FROM actions;
      DROP TABLE actions;
      ALTER TABLE actions_new RENAME TO actions;

      CREATE INDEX actions_by_session ON actions (session_id, position);
      CREATE INDEX actions_by_owner ON actions (owner_participant_id)
        WHERE owner_participant_id IS NOT NULL;

      -- What a later meeting of the team decided about an earlier open action. previous_status
      -- lets a changed or cleared 'klaar' or 'vervallen' give the action its status back.
      CREATE TABLE action_reviews (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        outcome TEXT NOT NULL
          CHECK (outcome IN ('klaar', 'loopt-door', 'vervallen', 'meegenomen')),
        note TEXT NOT NULL DEFAULT '',
        previous_status TEXT CHECK (previous_status IS NULL
          OR previous_status IN ('open', 'bezig', 'klaar', 'vervallen')),
        carried_action_id TEXT REFERENCES actions (id) ON DELETE SET NULL,
        PRIMARY KEY (session_id, action_id)
      ) STRICT;
      INSERT INTO action_reviews (session_id, action_id, outcome, previous_status,
          carried_action_id)
        SELECT session_id, action_id, outcome, previous_status, carried_action_id
        FROM kept_reviews ORDER BY rowid;
      DROP TABLE kept_reviews;

      CREATE INDEX action_reviews_by_action ON action_reviews (action_id);
      CREATE INDEX action_reviews_by_carried ON action_reviews (carried_action_id)
        WHERE carried_action_id IS NOT NULL;

      -- Dropped before 0007 meant dropped: the action says so now, with its old status kept
      -- for an undo of the review.
      UPDATE action_reviews SET previous_status = (
          SELECT status FROM actions WHERE actions.id = action_reviews.action_id)
        WHERE outcome = 'vervallen';
      UPDATE actions SET status = 'vervallen'
        WHERE id IN (SELECT action_id FROM action_reviews WHERE outcome = 'vervallen');
    `)
  }
}
