import type {
  AgendaDetails,
  AgendaElementEntry,
  ConversationFormEntry
} from '../../shared/domain/workspace'
import type { Db } from './types'

interface FormRow {
  form_id: string
  status: ConversationFormEntry['status']
  note: string
}

interface ElementRow {
  element_id: string
  included: number
  note: string
}

interface DetailsRow {
  for_whom: string
  timing: string
  notes: string
}

const toForm = (row: FormRow): ConversationFormEntry => ({
  formId: row.form_id,
  status: row.status,
  note: row.note
})

const toElement = (row: ElementRow): AgendaElementEntry => ({
  elementId: row.element_id,
  included: row.included === 1,
  note: row.note
})

const toDetails = (row: DetailsRow): AgendaDetails => ({
  forWhom: row.for_whom,
  timing: row.timing,
  notes: row.notes
})

/** Stap 2: how the team uses the conversation forms, and its gespreksagenda. */
export function createStap2Repository(db: Db) {
  const formsStmt = db.prepare<[string], FormRow>(
    'SELECT form_id, status, note FROM conversation_forms WHERE session_id = ?'
  )
  const setFormStmt = db.prepare<[Record<string, unknown>], FormRow>(
    `INSERT INTO conversation_forms (session_id, form_id, status, note)
     VALUES (@sessionId, @formId, @status, @note)
     ON CONFLICT (session_id, form_id) DO UPDATE SET status = excluded.status, note = excluded.note
     RETURNING form_id, status, note`
  )
  const elementsStmt = db.prepare<[string], ElementRow>(
    'SELECT element_id, included, note FROM agenda_elements WHERE session_id = ?'
  )
  const setElementStmt = db.prepare<[Record<string, unknown>], ElementRow>(
    `INSERT INTO agenda_elements (session_id, element_id, included, note)
     VALUES (@sessionId, @elementId, @included, @note)
     ON CONFLICT (session_id, element_id) DO UPDATE SET included = excluded.included,
       note = excluded.note
     RETURNING element_id, included, note`
  )
  const detailsStmt = db.prepare<[string], DetailsRow>(
    'SELECT for_whom, timing, notes FROM agenda_details WHERE session_id = ?'
  )
  const setDetailsStmt = db.prepare<[Record<string, unknown>], DetailsRow>(
    `INSERT INTO agenda_details (session_id, for_whom, timing, notes)
     VALUES (@sessionId, @forWhom, @timing, @notes)
     ON CONFLICT (session_id) DO UPDATE SET for_whom = excluded.for_whom,
       timing = excluded.timing, notes = excluded.notes
     RETURNING for_whom, timing, notes`
  )

  // Upserts with RETURNING always yield the stored row, hence the casts below.
  return {
    forms(sessionId: string): ConversationFormEntry[] {
      return formsStmt.all(sessionId).map(toForm)
    },
    setForm(sessionId: string, entry: ConversationFormEntry): ConversationFormEntry {
      return toForm(setFormStmt.get({ sessionId, ...entry }) as FormRow)
    },
    agendaElements(sessionId: string): AgendaElementEntry[] {
      return elementsStmt.all(sessionId).map(toElement)
    },
    setAgendaElement(sessionId: string, entry: AgendaElementEntry): AgendaElementEntry {
      const included = entry.included ? 1 : 0
      return toElement(setElementStmt.get({ sessionId, ...entry, included }) as ElementRow)
    },
    /** Empty texts when the team has not written any yet. */
    agendaDetails(sessionId: string): AgendaDetails {
      const row = detailsStmt.get(sessionId)
      return row ? toDetails(row) : { forWhom: '', timing: '', notes: '' }
    },
    setAgendaDetails(sessionId: string, details: AgendaDetails): AgendaDetails {
      return toDetails(setDetailsStmt.get({ sessionId, ...details }) as DetailsRow)
    }
  }
}

export type Stap2Repository = ReturnType<typeof createStap2Repository>
