import type { Allocation, VoteOption, VoteRound } from '../../shared/domain/votes'
import type { Db } from './types'

interface RoundRow {
  id: string
  session_id: string
  title: string
  dots_per_person: number
  status: VoteRound['status']
  paper_people: number
  created_at: string
}

interface OptionRow {
  id: string
  kind: VoteOption['kind']
  ref_id: string
  label: string
  position: number
}

interface DotsRow {
  voter_id: string
  option_id: string
  dots: number
}

export type NewVoteRound = Omit<VoteRound, 'ballots' | 'paper'>

/** Dot-voting rounds: options copied at the start, anonymous ballots, the facilitator's count. */
export function createVoteRepository(db: Db) {
  const roundStmt = db.prepare<[string], RoundRow>('SELECT * FROM vote_rounds WHERE id = ?')
  const roundsStmt = db.prepare<[string], RoundRow>(
    'SELECT * FROM vote_rounds WHERE session_id = ? ORDER BY created_at, rowid'
  )
  const optionsStmt = db.prepare<[string], OptionRow>(
    'SELECT id, kind, ref_id, label, position FROM vote_options WHERE round_id = ? ORDER BY position'
  )
  const ballotsStmt = db.prepare<[string], DotsRow>(
    'SELECT voter_id, option_id, dots FROM vote_ballots WHERE round_id = ? ORDER BY voter_id'
  )
  const paperStmt = db.prepare<[string], Omit<DotsRow, 'voter_id'>>(
    'SELECT option_id, dots FROM vote_paper_dots WHERE round_id = ?'
  )
  const insertRound = db.prepare(
    `INSERT INTO vote_rounds (id, session_id, title, dots_per_person, status, created_at)
     VALUES (@id, @sessionId, @title, @dotsPerPerson, @status, @createdAt)`
  )
  const insertOption = db.prepare(
    `INSERT INTO vote_options (id, round_id, kind, ref_id, label, position)
     VALUES (@id, @roundId, @kind, @refId, @label, @position)`
  )
  const clearBallot = db.prepare('DELETE FROM vote_ballots WHERE round_id = ? AND voter_id = ?')
  const insertDots = db.prepare(
    'INSERT INTO vote_ballots (round_id, voter_id, option_id, dots) VALUES (?, ?, ?, ?)'
  )
  const clearPaper = db.prepare('DELETE FROM vote_paper_dots WHERE round_id = ?')
  const insertPaper = db.prepare(
    'INSERT INTO vote_paper_dots (round_id, option_id, dots) VALUES (?, ?, ?)'
  )
  const setPeople = db.prepare('UPDATE vote_rounds SET paper_people = ? WHERE id = ?')
  const setStatusStmt = db.prepare('UPDATE vote_rounds SET status = ? WHERE id = ?')
  const closeOthers = db.prepare(
    "UPDATE vote_rounds SET status = 'gesloten' WHERE session_id = ? AND id <> ?"
  )
  const deleteStmt = db.prepare('DELETE FROM vote_rounds WHERE id = ?')

  const load = (row: RoundRow): VoteRound => {
    const ballots = new Map<string, Allocation>()
    for (const dots of ballotsStmt.all(row.id)) {
      const allocation = ballots.get(dots.voter_id) ?? {}
      allocation[dots.option_id] = dots.dots
      ballots.set(dots.voter_id, allocation)
    }
    return {
      id: row.id,
      sessionId: row.session_id,
      title: row.title,
      dotsPerPerson: row.dots_per_person,
      status: row.status,
      options: optionsStmt.all(row.id).map((o) => ({
        id: o.id,
        kind: o.kind,
        refId: o.ref_id,
        label: o.label,
        position: o.position
      })),
      ballots: [...ballots].map(([voterId, allocation]) => ({ voterId, allocation })),
      paper: {
        people: row.paper_people,
        dots: Object.fromEntries(paperStmt.all(row.id).map((p) => [p.option_id, p.dots]))
      },
      createdAt: row.created_at
    }
  }

  const get = (id: string): VoteRound | undefined => {
    const row = roundStmt.get(id)
    return row ? load(row) : undefined
  }

  return {
    get,
    listForSession: (sessionId: string): VoteRound[] => roundsStmt.all(sessionId).map(load),
    /** Starts a round; only one round of a session is open at a time. */
    insert(round: NewVoteRound): void {
      insertRound.run(round)
      for (const option of round.options) insertOption.run({ ...option, roundId: round.id })
      if (round.status === 'open') closeOthers.run(round.sessionId, round.id)
    },
    /** Replaces the voter's earlier ballot: a changed vote counts once. */
    setBallot(roundId: string, voterId: string, allocation: Allocation): void {
      clearBallot.run(roundId, voterId)
      for (const [optionId, dots] of Object.entries(allocation)) {
        insertDots.run(roundId, voterId, optionId, dots)
      }
    },
    setPaper(roundId: string, people: number, dots: Allocation): void {
      setPeople.run(people, roundId)
      clearPaper.run(roundId)
      for (const [optionId, count] of Object.entries(dots)) {
        insertPaper.run(roundId, optionId, count)
      }
    },
    setStatus(round: Pick<VoteRound, 'id' | 'sessionId'>, status: VoteRound['status']): void {
      setStatusStmt.run(status, round.id)
      if (status === 'open') closeOthers.run(round.sessionId, round.id)
    },
    delete: (id: string): boolean => deleteStmt.run(id).changes > 0
  }
}

export type VoteRepository = ReturnType<typeof createVoteRepository>
