import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../src/main/content/load-content'
import type { QuickscanAnswer, QuickscanPack } from '../../../src/shared/content/quickscan'
import {
  compareQuickscans,
  notableChanges,
  type QuickscanComparison
} from '../../../src/shared/domain/quickscan-comparison'
import type { RespondentAnswers } from '../../../src/shared/domain/quickscan-merge'

const pack = loadContent(join(__dirname, '..', '..', '..', 'resources')).quickscan
const [first, second] = pack.questions.map((q) => q.id) as [string, string]

/** `n` respondents who all gave `answers`, and the same grade for the first cluster. */
function team(n: number, answers: Record<string, QuickscanAnswer>, grade?: number) {
  const clusterId = pack.clusters[0]?.id ?? ''
  return Array.from({ length: n }, (): RespondentAnswers => ({
    answers,
    grades: grade === undefined ? {} : { [clusterId]: grade }
  }))
}

function compared(result: ReturnType<typeof compareQuickscans>): QuickscanComparison {
  if (!result.ok) throw new Error(`not comparable: ${result.unavailable.reason}`)
  return result.comparison
}

describe('comparing a quickscan with the earlier one', () => {
  it('refuses scans answered on different pack versions and says which', () => {
    const result = compareQuickscans(
      pack,
      { packVersion: 2, respondents: team(6, { [first]: '+' }) },
      { packVersion: 1, respondents: team(6, { [first]: '+' }) }
    )
    expect(result).toEqual({
      ok: false,
      unavailable: { reason: 'other-pack-version', previousVersion: 1, currentVersion: 2 }
    })
  })

  it('shows an item that went from divided to agreed, with its distributions then and now', () => {
    const then = [...team(3, { [first]: '++' }), ...team(3, { [first]: '--' })]
    const now = team(6, { [first]: '+' })
    const c = compared(
      compareQuickscans(
        pack,
        { packVersion: 1, respondents: now },
        { packVersion: 1, respondents: then }
      )
    )
    const item = c.items.find((i) => i.questionId === first)
    expect(item).toMatchObject({
      verdictThen: 'verdeeld',
      verdictNow: 'eens',
      verdictChanged: true
    })
    expect(item?.then?.counts).toMatchObject({ '++': 3, '--': 3 })
    expect(item?.now.counts).toMatchObject({ '+': 6 })
    expect(item?.medianDelta).toBe(1)
    expect(item?.movement).toBe('hoger')
    expect(c).toMatchObject({ respondentsNow: 6, respondentsThen: 6 })
  })

  it('compares the grade per cluster and the factor as a whole', () => {
    const c = compared(
      compareQuickscans(
        pack,
        { packVersion: 1, respondents: team(5, { [first]: '-' }, 5) },
        { packVersion: 1, respondents: team(5, { [first]: '+' }, 7) }
      )
    )
    const cluster = c.clusters.find((cl) => cl.clusterId === pack.clusters[0]?.id)
    expect(cluster?.grade.delta).toBe(-2)
    expect(cluster?.grade.then.spread?.median).toBe(7)
    const factor = c.factors.find((f) => f.factor === pack.questions[0]?.factor)
    expect(factor?.movement).toBe('lager')
    expect(factor?.medianDelta).toBe(-2)
  })

  it('calls an unchanged item unchanged and leaves it out of the notable changes', () => {
    const same = team(5, { [first]: '+', [second]: '+' })
    const c = compared(
      compareQuickscans(
        pack,
        { packVersion: 1, respondents: same },
        { packVersion: 1, respondents: same }
      )
    )
    expect(c.items.find((i) => i.questionId === first)?.movement).toBe('gelijk')
    expect(notableChanges(c)).toEqual([])
  })

  it('lists questions the pack dropped and has no "then" for questions nobody answered before', () => {
    const then = team(5, { [first]: '+', 'vraag-die-verdween': '--' })
    const now = team(5, { [first]: '+', [second]: '-' })
    const c = compared(
      compareQuickscans(
        pack,
        { packVersion: 1, respondents: now },
        { packVersion: 1, respondents: then }
      )
    )
    expect(c.removedQuestionIds).toEqual(['vraag-die-verdween'])
    expect(c.addedQuestionIds).toContain(second)
    expect(c.addedQuestionIds).not.toContain(first)
    const added = c.items.find((i) => i.questionId === second)
    expect(added).toMatchObject({
      then: null,
      medianDelta: null,
      movement: null,
      verdictChanged: false
    })
  })

  it('compares with a pack a trainer extended: the new question has no earlier answers', () => {
    const extended: QuickscanPack = {
      ...pack,
      questions: [...pack.questions, { id: 'nieuwe-vraag', factor: 2, text: 'Nieuw?' }]
    }
    const c = compared(
      compareQuickscans(
        extended,
        { packVersion: 1, respondents: team(5, { 'nieuwe-vraag': '+' }) },
        { packVersion: 1, respondents: team(5, { [first]: '+' }) }
      )
    )
    expect(c.items.find((i) => i.questionId === 'nieuwe-vraag')).toMatchObject({
      then: null,
      verdictNow: 'eens'
    })
    expect(c.addedQuestionIds).toContain('nieuwe-vraag')
  })
})
