import type { Migration } from '../types'

/**
 * A card stored marks its session in the same statement: the session's last change, its change
 * version and its next card position follow every inserted card, whoever inserts it. Adding a
 * card is the hottest write of a meeting; as one statement it needs no transaction of its own,
 * and the session's row is written inside SQLite instead of by a second call from the app (that
 * call and its transaction cost about as much as the insert itself, docs/performance.md).
 *
 * The position rule is migration 13's: above the card's own position and one past the last
 * handed out, so a reorder's 0…n−1 and an imported card's position both stay below the next.
 * The version goes up by one per card: at least the version the app gives the change, so a
 * restart never hands out a number already used.
 */
export const migration0014CardMarksSession: Migration = {
  version: 14,
  name: 'card-marks-session',
  up(db) {
    db.exec(`
      CREATE TRIGGER contribution_marks_session AFTER INSERT ON contributions
      BEGIN
        UPDATE sessions SET
          updated_at = MAX(updated_at, NEW.updated_at),
          change_version = change_version + 1,
          next_card_position = MAX(next_card_position + 1, NEW.position + 1)
        WHERE id = NEW.session_id;
      END;
    `)
  }
}
