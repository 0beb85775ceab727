import type { Db } from './types'

export interface SessionImport {
  sessionId: string
  fileDigest: string
  sourceSessionId: string
  importedAt: string
}

interface ImportRow {
  session_id: string
  file_digest: string
  source_session_id: string
  imported_at: string
}

const toImport = (row: ImportRow): SessionImport => ({
  sessionId: row.session_id,
  fileDigest: row.file_digest,
  sourceSessionId: row.source_session_id,
  importedAt: row.imported_at
})

/** What a session remembers about itself: the report's name choice and the file it came from. */
export function createSessionChoiceRepository(db: Db) {
  const getAttributions = db.prepare<[string], number>(
    'SELECT attributions FROM report_choices WHERE session_id = ?'
  )
  const setAttributions = db.prepare<[string, number]>(
    `INSERT INTO report_choices (session_id, attributions) VALUES (?, ?)
     ON CONFLICT (session_id) DO UPDATE SET attributions = excluded.attributions`
  )
  const insertImport = db.prepare<[Record<string, string>]>(
    `INSERT INTO session_imports (session_id, file_digest, source_session_id, imported_at)
     VALUES (@sessionId, @fileDigest, @sourceSessionId, @importedAt)`
  )
  const importsOf = db.prepare<[string, string], ImportRow>(
    `SELECT * FROM session_imports WHERE file_digest = ? OR source_session_id = ?
     ORDER BY imported_at`
  )

  return {
    /** Off unless the facilitator chose to name who said what for this session. */
    attributions(sessionId: string): boolean {
      return getAttributions.pluck().get(sessionId) === 1
    },
    setAttributions(sessionId: string, on: boolean): void {
      setAttributions.run(sessionId, on ? 1 : 0)
    },
    recordImport(entry: SessionImport): void {
      insertImport.run({ ...entry })
    },
    /** Sessions imported from this very file, or from another export of the same session. */
    importsLike(fileDigest: string, sourceSessionId: string): SessionImport[] {
      return importsOf.all(fileDigest, sourceSessionId).map(toImport)
    }
  }
}

export type SessionChoiceRepository = ReturnType<typeof createSessionChoiceRepository>
