import type { Migration } from '../types'

/**
 * Each session's change version, written with every change in the same transaction, so a
 * screen that kept its version across a restart of the app hears "nothing changed" instead of
 * reloading, and never waits for a number the new run already passed.
 */
export const migration0012ChangeVersion: Migration = {
  version: 12,
  name: 'change-version',
  up(db) {
    db.exec(`ALTER TABLE sessions ADD COLUMN change_version INTEGER NOT NULL DEFAULT 1`)
  }
}
