import type { Db } from './types'

/** The practice questions a session's team chose as its focus. */
export function createFocusRepository(db: Db) {
  const listStmt = db
    .prepare<[string], string>('SELECT question_id FROM session_focus WHERE session_id = ?')
    .pluck()
  const clearStmt = db.prepare('DELETE FROM session_focus WHERE session_id = ?')
  const insertStmt = db.prepare('INSERT INTO session_focus (session_id, question_id) VALUES (?, ?)')

  return {
    list(sessionId: string): string[] {
      return listStmt.all(sessionId)
    },
    /** Run inside a transaction: clears the old choice, then stores the new one. */
    replace(sessionId: string, questionIds: readonly string[]): void {
      clearStmt.run(sessionId)
      for (const questionId of new Set(questionIds)) insertStmt.run(sessionId, questionId)
    }
  }
}

export type FocusRepository = ReturnType<typeof createFocusRepository>
