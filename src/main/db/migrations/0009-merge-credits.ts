import type { Migration } from '../types'

/**
 * Merging cards must not move one person's words onto another's phone, nor take a card off its
 * sender's list, nor drop anyone's credit. A device's card keeps the text exactly as sent; a
 * merged-away card remembers the card it went into; a card remembers whose texts were merged
 * into it.
 */
export const migration0009MergeCredits: Migration = {
  version: 9,
  name: 'merge-credits',
  up(db) {
    db.exec(`
      ALTER TABLE contributions ADD COLUMN sent_text TEXT;
      ALTER TABLE contributions ADD COLUMN merged_into TEXT;
      ALTER TABLE contributions ADD COLUMN merged_from TEXT NOT NULL DEFAULT '[]';
      UPDATE contributions SET sent_text = text WHERE origin = 'deelnemer';
    `)
  }
}
