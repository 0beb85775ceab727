import type { Migration } from '../types'

/**
 * Participants joining from their own devices. A device is a join (one name, one token that
 * lives only in memory); its cards say where they came from, and may wait for approval or be
 * hidden by the facilitator without being deleted.
 */
export const migration0005Joining: Migration = {
  version: 5,
  name: 'joining',
  up(db) {
    db.exec(`
      CREATE TABLE joined_devices (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        name TEXT NOT NULL DEFAULT '',
        joined_at TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;

      CREATE INDEX joined_devices_by_session ON joined_devices (session_id, joined_at);

      ALTER TABLE contributions ADD COLUMN origin TEXT NOT NULL DEFAULT 'gespreksleider'
        CHECK (origin IN ('gespreksleider', 'deelnemer'));
      ALTER TABLE contributions ADD COLUMN device_id TEXT
        REFERENCES joined_devices (id) ON DELETE SET NULL;
      -- The name is copied onto the card: an imported card keeps it without its device.
      ALTER TABLE contributions ADD COLUMN device_name TEXT;
      ALTER TABLE contributions ADD COLUMN held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1));
      ALTER TABLE contributions ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0
        CHECK (hidden IN (0, 1));

      -- A device's own cards are looked up on every poll of its page.
      CREATE INDEX contributions_by_device ON contributions (device_id)
        WHERE device_id IS NOT NULL;
    `)
  }
}
