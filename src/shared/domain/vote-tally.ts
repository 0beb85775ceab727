import type { Allocation, Ballot, VoteOption, VoteRound } from './votes'

/** Why a ballot or a paper count is refused; the caller puts it into words. */
export type VoteProblem =
  | { code: 'unknown-option'; optionId: string }
  | { code: 'too-many-dots'; given: number; allowed: number }
  | { code: 'round-closed' }

export interface OptionResult {
  option: VoteOption
  dots: number
  fromDevices: number
  fromPaper: number
  /** 1 for the most dots; options with equal dots share a rank ("1, 1, 3"). */
  rank: number
  /** Another option has exactly as many dots. */
  tied: boolean
}

export interface VoteTally {
  /** Most dots first; equal dots keep the order the options were listed in. */
  results: OptionResult[]
  /** Phones that voted plus people counted on paper. */
  voters: number
  devices: number
  paperPeople: number
  dotsCast: number
}

const sum = (allocation: Allocation): number =>
  Object.values(allocation).reduce((total, dots) => total + dots, 0)

/** Anything wrong with `allocation` for `round`, or null; `budget` dots may be spread freely. */
export function allocationProblem(
  round: Pick<VoteRound, 'options' | 'status'>,
  allocation: Allocation,
  budget: number
): VoteProblem | null {
  if (round.status !== 'open') return { code: 'round-closed' }
  const known = new Set(round.options.map((o) => o.id))
  const unknown = Object.keys(allocation).find((id) => !known.has(id))
  if (unknown !== undefined) return { code: 'unknown-option', optionId: unknown }
  const given = sum(allocation)
  return given > budget ? { code: 'too-many-dots', given, allowed: budget } : null
}

/** One voter's ballot replaces their earlier one: changing a vote never counts it twice. */
export function castBallot(ballots: readonly Ballot[], ballot: Ballot): Ballot[] {
  const others = ballots.filter((b) => b.voterId !== ballot.voterId)
  return sum(ballot.allocation) === 0 ? others : [...others, ballot]
}

/** Dots per option from phones and from the facilitator's count, ranked with ties shared. */
export function tallyVotes(round: Pick<VoteRound, 'options' | 'ballots' | 'paper'>): VoteTally {
  const fromDevices = new Map<string, number>()
  for (const ballot of round.ballots) {
    for (const [id, dots] of Object.entries(ballot.allocation)) {
      fromDevices.set(id, (fromDevices.get(id) ?? 0) + dots)
    }
  }
  const unranked = [...round.options]
    .sort((a, b) => a.position - b.position)
    .map((option) => {
      const devices = fromDevices.get(option.id) ?? 0
      const paper = round.paper.dots[option.id] ?? 0
      return { option, dots: devices + paper, fromDevices: devices, fromPaper: paper }
    })
  // A stable sort keeps listing order among equals.
  const sorted = unranked.sort((a, b) => b.dots - a.dots)
  const count = new Map<number, number>()
  for (const r of sorted) count.set(r.dots, (count.get(r.dots) ?? 0) + 1)
  const results = sorted.map((r) => ({
    ...r,
    rank: sorted.findIndex((other) => other.dots === r.dots) + 1,
    tied: (count.get(r.dots) ?? 0) > 1
  }))
  const devices = round.ballots.filter((b) => sum(b.allocation) > 0).length
  return {
    results,
    voters: devices + round.paper.people,
    devices,
    paperPeople: round.paper.people,
    dotsCast: results.reduce((total, r) => total + r.dots, 0)
  }
}

/**
 * The options that belong in the top `count`: an option tied with the last place is in too,
 * so the team (not the listing order) decides between equals. Options without dots never are.
 */
export function topOptions(tally: VoteTally, count: number): OptionResult[] {
  return tally.results.filter((r) => r.dots > 0 && r.rank <= count)
}
