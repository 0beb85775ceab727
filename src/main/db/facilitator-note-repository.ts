import type { FacilitatorNote } from '../../shared/domain/workspace'
import type { Db } from './types'

interface NoteRow {
  screen_id: string
  text: string
}

const toNote = (row: NoteRow): FacilitatorNote => ({ screenId: row.screen_id, text: row.text })

export function createFacilitatorNoteRepository(db: Db) {
  const listStmt = db.prepare<[string], NoteRow>(
    'SELECT screen_id, text FROM facilitator_notes WHERE session_id = ?'
  )
  const setStmt = db.prepare<[Record<string, unknown>], NoteRow>(
    `INSERT INTO facilitator_notes (session_id, screen_id, text, updated_at)
     VALUES (@sessionId, @screenId, @text, @now)
     ON CONFLICT (session_id, screen_id) DO UPDATE SET text = excluded.text,
       updated_at = excluded.updated_at
     RETURNING screen_id, text`
  )

  return {
    list(sessionId: string): FacilitatorNote[] {
      return listStmt.all(sessionId).map(toNote)
    },
    set(sessionId: string, note: FacilitatorNote, now: string): FacilitatorNote {
      // An upsert with RETURNING always yields the stored row.
      return toNote(setStmt.get({ sessionId, ...note, now }) as NoteRow)
    }
  }
}

export type FacilitatorNoteRepository = ReturnType<typeof createFacilitatorNoteRepository>
