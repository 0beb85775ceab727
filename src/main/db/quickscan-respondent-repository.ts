import type { QuickscanAnswer } from '../../shared/content/quickscan'
import type { QuickscanRespondent, RespondentMode } from '../../shared/domain/quickscan'
import type { Db } from './types'

interface RespondentRow {
  id: string
  quickscan_id: string
  session_id: string
  name: string
  role: string
  mode: RespondentMode
  completed: number
  created_at: string
}

interface AnswerRow {
  respondent_id: string
  question_id: string
  answer: QuickscanAnswer
}

interface GradeRow {
  respondent_id: string
  cluster_id: string
  grade: number
}

/** A respondent with the quickscan and session it belongs to, without answers and grades. */
export interface RespondentHead extends Omit<QuickscanRespondent, 'answers' | 'grades'> {
  quickscanId: string
  sessionId: string
}

const toHead = (row: RespondentRow): RespondentHead => ({
  id: row.id,
  quickscanId: row.quickscan_id,
  sessionId: row.session_id,
  name: row.name,
  role: row.role,
  mode: row.mode,
  completed: row.completed === 1,
  createdAt: row.created_at
})

const selectRespondent = `
  SELECT r.*, q.session_id FROM quickscan_respondents r
  JOIN quickscans q ON q.id = r.quickscan_id`

/** A quickscan's respondents and each one's answers and cluster grades. */
export function createQuickscanRespondentRepository(db: Db) {
  // A deleted respondent (waiting to be undone) is not there for anyone but `getDeleted`.
  const listStmt = db.prepare<[string], RespondentRow>(
    `${selectRespondent} WHERE r.quickscan_id = ? AND r.deleted_at IS NULL
     ORDER BY r.created_at, r.rowid`
  )
  const getStmt = db.prepare<[string], RespondentRow>(
    `${selectRespondent} WHERE r.id = ? AND r.deleted_at IS NULL`
  )
  const getDeletedStmt = db.prepare<[string], RespondentRow>(
    `${selectRespondent} WHERE r.id = ? AND r.deleted_at IS NOT NULL`
  )
  const answersStmt = db.prepare<[string], AnswerRow>(
    `SELECT a.* FROM quickscan_answers a JOIN quickscan_respondents r ON r.id = a.respondent_id
     WHERE r.quickscan_id = ? AND r.deleted_at IS NULL`
  )
  const gradesStmt = db.prepare<[string], GradeRow>(
    `SELECT g.* FROM quickscan_grades g JOIN quickscan_respondents r ON r.id = g.respondent_id
     WHERE r.quickscan_id = ? AND r.deleted_at IS NULL`
  )
  // DO NOTHING on a known id: the service decides whether that is a retry or a conflict.
  const insertStmt = db.prepare(
    `INSERT INTO quickscan_respondents (id, quickscan_id, name, role, mode, completed, created_at)
     VALUES (@id, @quickscanId, @name, @role, @mode, @completed, @createdAt)
     ON CONFLICT (id) DO NOTHING`
  )
  const updateStmt = db.prepare(
    'UPDATE quickscan_respondents SET name = @name, role = @role, completed = @completed WHERE id = @id'
  )
  const deleteStmt = db.prepare(
    'UPDATE quickscan_respondents SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'
  )
  const restoreStmt = db.prepare(
    'UPDATE quickscan_respondents SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL'
  )
  const setAnswerStmt = db.prepare(
    `INSERT INTO quickscan_answers (respondent_id, question_id, answer) VALUES (?, ?, ?)
     ON CONFLICT (respondent_id, question_id) DO UPDATE SET answer = excluded.answer`
  )
  const clearAnswerStmt = db.prepare(
    'DELETE FROM quickscan_answers WHERE respondent_id = ? AND question_id = ?'
  )
  const setGradeStmt = db.prepare(
    `INSERT INTO quickscan_grades (respondent_id, cluster_id, grade) VALUES (?, ?, ?)
     ON CONFLICT (respondent_id, cluster_id) DO UPDATE SET grade = excluded.grade`
  )
  const clearGradeStmt = db.prepare(
    'DELETE FROM quickscan_grades WHERE respondent_id = ? AND cluster_id = ?'
  )

  return {
    /** Respondents in the order they were added, with answers and grades in stored order. */
    listForQuickscan(quickscanId: string): QuickscanRespondent[] {
      const answers = new Map<string, Record<string, QuickscanAnswer>>()
      for (const row of answersStmt.all(quickscanId)) {
        const own = answers.get(row.respondent_id) ?? {}
        own[row.question_id] = row.answer
        answers.set(row.respondent_id, own)
      }
      const grades = new Map<string, Record<string, number>>()
      for (const row of gradesStmt.all(quickscanId)) {
        const own = grades.get(row.respondent_id) ?? {}
        own[row.cluster_id] = row.grade
        grades.set(row.respondent_id, own)
      }
      return listStmt.all(quickscanId).map((row) => ({
        id: row.id,
        name: row.name,
        role: row.role,
        mode: row.mode,
        answers: answers.get(row.id) ?? {},
        grades: grades.get(row.id) ?? {},
        completed: row.completed === 1,
        createdAt: row.created_at
      }))
    },
    get(id: string): RespondentHead | undefined {
      const row = getStmt.get(id)
      return row ? toHead(row) : undefined
    },
    /** False when a respondent with this id exists already. */
    insert(respondent: Omit<RespondentHead, 'sessionId'>): boolean {
      const completed = respondent.completed ? 1 : 0
      return insertStmt.run({ ...respondent, completed }).changes > 0
    },
    update(respondent: Pick<RespondentHead, 'id' | 'name' | 'role' | 'completed'>): void {
      updateStmt.run({ ...respondent, completed: respondent.completed ? 1 : 0 })
    },
    /** A deleted respondent that can still be brought back with its answers and grades. */
    getDeleted(id: string): RespondentHead | undefined {
      const row = getDeletedStmt.get(id)
      return row ? toHead(row) : undefined
    },
    /** Soft: answers and grades stay, so `restore` brings all of it back. */
    delete(id: string, now: string): boolean {
      return deleteStmt.run(now, id).changes > 0
    },
    restore(id: string): boolean {
      return restoreStmt.run(id).changes > 0
    },
    /** `null` takes the answer back. */
    setAnswer(respondentId: string, questionId: string, answer: QuickscanAnswer | null): void {
      if (answer === null) clearAnswerStmt.run(respondentId, questionId)
      else setAnswerStmt.run(respondentId, questionId, answer)
    },
    /** `null` takes the grade back. */
    setGrade(respondentId: string, clusterId: string, grade: number | null): void {
      if (grade === null) clearGradeStmt.run(respondentId, clusterId)
      else setGradeStmt.run(respondentId, clusterId, grade)
    }
  }
}

export type QuickscanRespondentRepository = ReturnType<typeof createQuickscanRespondentRepository>
