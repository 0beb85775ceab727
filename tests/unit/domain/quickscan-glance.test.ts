import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../src/main/content/load-content'
import type { QuickscanAnswer } from '../../../src/shared/content/quickscan'
import { quickscanGlance } from '../../../src/shared/domain/quickscan-glance'
import { mergeQuickscan, type RespondentAnswers } from '../../../src/shared/domain/quickscan-merge'

const pack = loadContent(join(__dirname, '..', '..', '..', 'resources')).quickscan
const ids = pack.questions.map((q) => q.id)

/** One respondent per entry: each gives the listed answer to the question at that index. */
function respondents(perQuestion: QuickscanAnswer[][]): RespondentAnswers[] {
  const people = Math.max(...perQuestion.map((a) => a.length))
  return Array.from({ length: people }, (_, person) => ({
    answers: Object.fromEntries(
      perQuestion.flatMap((answers, q) => {
        const answer = answers[person]
        return answer ? [[ids[q] as string, answer]] : []
      })
    ),
    grades: {}
  }))
}

const six = (answer: QuickscanAnswer): QuickscanAnswer[] => Array(6).fill(answer)

describe('the result at a glance', () => {
  const merge = mergeQuickscan(
    pack,
    respondents([
      six('++'),
      six('--'),
      ['++', '++', '++', '--', '--', '--'],
      ['?', '?', '?', '+', '+', '+'],
      six('+/-'),
      six('+')
    ])
  )
  const glance = quickscanGlance(merge)
  const idsOf = (group: keyof typeof glance) => glance[group].map((i) => i.questionId)

  it('puts agreed high items under strengths, highest first', () => {
    expect(idsOf('sterk')).toEqual([ids[0], ids[5]])
  })

  it('never calls an agreed weakness a strength: agreed -- and +/- are points to improve', () => {
    expect(idsOf('verbeteren')).toEqual([ids[1], ids[4]])
    expect(idsOf('sterk')).not.toContain(ids[1])
  })

  it('names the divided item and the blind spot', () => {
    expect(idsOf('verdeeld')).toEqual([ids[2]])
    expect(idsOf('geen-zicht')).toEqual([ids[3]])
  })

  it('leaves unanswered items out of every group', () => {
    const all = Object.values(glance)
      .flat()
      .map((i) => i.questionId)
    expect(all).toHaveLength(6)
    expect(all).not.toContain(ids[6])
  })

  it('keeps the caution of a small team on the items it shows', () => {
    const small = quickscanGlance(mergeQuickscan(pack, respondents([['+', '+', '+']])))
    expect(small.sterk[0]?.caution).toBe(true)
  })
})
