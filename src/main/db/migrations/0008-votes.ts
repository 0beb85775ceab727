import type { Migration } from '../types'

/**
 * Choosing priorities together: cards grouped into named themes, dot-voting rounds on cards,
 * themes or quickscan items, and the quickscan pack version a scan was answered on (so a later
 * scan is only compared with one that asked the same questions).
 */
export const migration0008Votes: Migration = {
  version: 8,
  name: 'votes',
  up(db) {
    db.exec(`
      -- Every release before this one shipped version 1 of the quickscan pack.
      ALTER TABLE quickscans ADD COLUMN pack_version INTEGER NOT NULL DEFAULT 1
        CHECK (pack_version > 0);

      CREATE TABLE card_themes (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        screen_id TEXT NOT NULL,
        title TEXT NOT NULL CHECK (length(title) > 0),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX card_themes_by_session ON card_themes (session_id, screen_id, position);

      -- A card is in one theme at most.
      CREATE TABLE card_theme_members (
        contribution_id TEXT PRIMARY KEY REFERENCES contributions (id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL REFERENCES card_themes (id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE INDEX card_theme_members_by_theme ON card_theme_members (theme_id);

      CREATE TABLE vote_rounds (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        dots_per_person INTEGER NOT NULL CHECK (dots_per_person BETWEEN 1 AND 10),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gesloten')),
        paper_people INTEGER NOT NULL DEFAULT 0 CHECK (paper_people >= 0),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX vote_rounds_by_session ON vote_rounds (session_id, created_at);

      -- The label is copied: the result reads the same after the card is edited or deleted.
      CREATE TABLE vote_options (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES vote_rounds (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('card', 'theme', 'question')),
        ref_id TEXT NOT NULL,
        label TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;

      CREATE INDEX vote_options_by_round ON vote_options (round_id, position);

      -- voter_id is a joined device's id: counted, never shown, so the vote stays anonymous.
      CREATE TABLE vote_ballots (
        round_id TEXT NOT NULL REFERENCES vote_rounds (id) ON DELETE CASCADE,
        voter_id TEXT NOT NULL,
        option_id TEXT NOT NULL REFERENCES vote_options (id) ON DELETE CASCADE,
        dots INTEGER NOT NULL CHECK (dots > 0),
        PRIMARY KEY (round_id, voter_id, option_id)
      ) STRICT;

      -- What the facilitator counted for people without a phone.
      CREATE TABLE vote_paper_dots (
        round_id TEXT NOT NULL REFERENCES vote_rounds (id) ON DELETE CASCADE,
        option_id TEXT NOT NULL REFERENCES vote_options (id) ON DELETE CASCADE,
        dots INTEGER NOT NULL CHECK (dots > 0),
        PRIMARY KEY (round_id, option_id)
      ) STRICT;
    `)
  }
}
