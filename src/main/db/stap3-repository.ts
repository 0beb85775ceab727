import type { SelfAssessmentEntry, SupportChoice } from '../../shared/domain/workspace'
import type { Db } from './types'

interface AssessmentRow {
  question_id: string
  rating: number | null
  notes: string
}

interface SupportRow {
  support_id: string
  chosen: number
  note: string
}

const toAssessment = (row: AssessmentRow): SelfAssessmentEntry => ({
  questionId: row.question_id,
  rating: row.rating,
  notes: row.notes
})

const toSupport = (row: SupportRow): SupportChoice => ({
  supportId: row.support_id,
  chosen: row.chosen === 1,
  note: row.note
})

/** Stap 3: the team's self-assessment of its conversation skills, and the support it chose. */
export function createStap3Repository(db: Db) {
  const assessmentsStmt = db.prepare<[string], AssessmentRow>(
    'SELECT question_id, rating, notes FROM self_assessments WHERE session_id = ?'
  )
  const setAssessmentStmt = db.prepare<[Record<string, unknown>], AssessmentRow>(
    `INSERT INTO self_assessments (session_id, question_id, rating, notes)
     VALUES (@sessionId, @questionId, @rating, @notes)
     ON CONFLICT (session_id, question_id) DO UPDATE SET rating = excluded.rating,
       notes = excluded.notes
     RETURNING question_id, rating, notes`
  )
  const supportStmt = db.prepare<[string], SupportRow>(
    'SELECT support_id, chosen, note FROM support_choices WHERE session_id = ?'
  )
  const setSupportStmt = db.prepare<[Record<string, unknown>], SupportRow>(
    `INSERT INTO support_choices (session_id, support_id, chosen, note)
     VALUES (@sessionId, @supportId, @chosen, @note)
     ON CONFLICT (session_id, support_id) DO UPDATE SET chosen = excluded.chosen,
       note = excluded.note
     RETURNING support_id, chosen, note`
  )

  // Upserts with RETURNING always yield the stored row, hence the casts below.
  return {
    assessments(sessionId: string): SelfAssessmentEntry[] {
      return assessmentsStmt.all(sessionId).map(toAssessment)
    },
    setAssessment(sessionId: string, entry: SelfAssessmentEntry): SelfAssessmentEntry {
      return toAssessment(setAssessmentStmt.get({ sessionId, ...entry }) as AssessmentRow)
    },
    supportChoices(sessionId: string): SupportChoice[] {
      return supportStmt.all(sessionId).map(toSupport)
    },
    setSupportChoice(sessionId: string, choice: SupportChoice): SupportChoice {
      const chosen = choice.chosen ? 1 : 0
      return toSupport(setSupportStmt.get({ sessionId, ...choice, chosen }) as SupportRow)
    }
  }
}

export type Stap3Repository = ReturnType<typeof createStap3Repository>
