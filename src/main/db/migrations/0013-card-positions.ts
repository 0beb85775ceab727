import type { Migration } from '../types'

/**
 * Each session's next card position, so adding a card takes its place at the end of its screen
 * from the session's row (which the same transaction writes anyway) instead of seeking the
 * highest position on the screen first: that read was the largest single cost of storing a card.
 *
 * It stays above every position of the session's cards and at least their number, so a new card
 * lands after every card on its screen, also after a reorder (which numbers a screen 0…n−1).
 */
export const migration0013CardPositions: Migration = {
  version: 13,
  name: 'card-positions',
  up(db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN next_card_position INTEGER NOT NULL DEFAULT 0;
      UPDATE sessions SET next_card_position = COALESCE(
        (SELECT MAX(MAX(position) + 1, COUNT(*)) FROM contributions
         WHERE contributions.session_id = sessions.id), 0);
    `)
  }
}
