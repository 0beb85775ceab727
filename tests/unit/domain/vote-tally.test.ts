import { describe, expect, it } from 'vitest'
import {
  allocationProblem,
  castBallot,
  tallyVotes,
  topOptions
} from '../../../src/shared/domain/vote-tally'
import type { Ballot, VoteOption, VoteRound } from '../../../src/shared/domain/votes'

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const options: VoteOption[] = [
  'Ouderavond anders',
  'Welkomstgesprek',
  'Nieuwsbrief',
  'Huisbezoek'
].map((label, position) => ({
  id: id(position + 1),
  kind: 'card',
  refId: `card-${position}`,
  label,
  position
}))
const [a, b, c, d] = options.map((o) => o.id) as [string, string, string, string]
const round = (ballots: Ballot[], paper: VoteRound['paper'] = { people: 0, dots: {} }) => ({
  options,
  ballots,
  paper,
  status: 'open' as const
})

describe('dot voting', () => {
  it('adds the dots of phones and of people counted on paper', () => {
    const tally = tallyVotes(
      round([{ voterId: 'p1', allocation: { [a]: 2, [b]: 1 } }], {
        people: 2,
        dots: { [b]: 4, [c]: 2 }
      })
    )
    expect(tally.results.map((r) => [r.option.label, r.dots])).toEqual([
      ['Welkomstgesprek', 5],
      ['Ouderavond anders', 2],
      ['Nieuwsbrief', 2],
      ['Huisbezoek', 0]
    ])
    expect(tally.results[0]).toMatchObject({ fromDevices: 1, fromPaper: 4 })
    expect(tally).toMatchObject({ voters: 3, devices: 1, paperPeople: 2, dotsCast: 9 })
  })

  it('shares the rank between options with equal dots and marks them tied', () => {
    const tally = tallyVotes(
      round([
        { voterId: 'p1', allocation: { [a]: 1, [b]: 1 } },
        { voterId: 'p2', allocation: { [c]: 2 } }
      ])
    )
    expect(tally.results.map((r) => [r.option.label, r.rank, r.tied])).toEqual([
      ['Nieuwsbrief', 1, false],
      ['Ouderavond anders', 2, true],
      ['Welkomstgesprek', 2, true],
      ['Huisbezoek', 4, false]
    ])
  })

  it('takes both tied options into the top two rather than letting list order decide', () => {
    const tally = tallyVotes(
      round([
        { voterId: 'p1', allocation: { [a]: 1, [b]: 1 } },
        { voterId: 'p2', allocation: { [c]: 2 } }
      ])
    )
    expect(topOptions(tally, 2).map((r) => r.option.label)).toEqual([
      'Nieuwsbrief',
      'Ouderavond anders',
      'Welkomstgesprek'
    ])
    expect(topOptions(tally, 1).map((r) => r.option.label)).toEqual(['Nieuwsbrief'])
  })

  it('never puts an option without dots in the top', () => {
    const tally = tallyVotes(round([{ voterId: 'p1', allocation: { [a]: 1 } }]))
    expect(topOptions(tally, 3).map((r) => r.option.id)).toEqual([a])
  })

  it('counts a changed vote once: the new ballot replaces the old', () => {
    let ballots = castBallot([], { voterId: 'p1', allocation: { [a]: 3 } })
    ballots = castBallot(ballots, { voterId: 'p2', allocation: { [b]: 1 } })
    ballots = castBallot(ballots, { voterId: 'p1', allocation: { [d]: 2, [b]: 1 } })
    const tally = tallyVotes(round(ballots))
    expect(tally.results.find((r) => r.option.id === a)?.dots).toBe(0)
    expect(tally.results.find((r) => r.option.id === d)?.dots).toBe(2)
    expect(tally.results.find((r) => r.option.id === b)?.dots).toBe(2)
    expect(tally.devices).toBe(2)
  })

  it('treats taking back every dot as not having voted', () => {
    const ballots = castBallot([{ voterId: 'p1', allocation: { [a]: 1 } }], {
      voterId: 'p1',
      allocation: {}
    })
    expect(ballots).toEqual([])
    expect(tallyVotes(round(ballots)).voters).toBe(0)
  })

  it('refuses more dots than a person has, an unknown option, and a closed round', () => {
    expect(allocationProblem(round([]), { [a]: 2, [b]: 2 }, 3)).toEqual({
      code: 'too-many-dots',
      given: 4,
      allowed: 3
    })
    expect(allocationProblem(round([]), { [id(99)]: 1 }, 3)).toEqual({
      code: 'unknown-option',
      optionId: id(99)
    })
    expect(allocationProblem({ ...round([]), status: 'gesloten' }, { [a]: 1 }, 3)).toEqual({
      code: 'round-closed'
    })
    expect(allocationProblem(round([]), { [a]: 3 }, 3)).toBeNull()
  })

  it('lets the facilitator count people without a phone up to their dots together', () => {
    const people = 4
    expect(allocationProblem(round([]), { [a]: 9, [b]: 3 }, people * 3)).toBeNull()
    expect(allocationProblem(round([]), { [a]: 10, [b]: 3 }, people * 3)).toMatchObject({
      code: 'too-many-dots'
    })
  })
})
