import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../src/main/content/load-content'
import type { QuickscanAnswer } from '../../../src/shared/content/quickscan'
import {
  cautionBelow,
  medianChange,
  mergeQuickscan,
  sortItems,
  summariseAnswers,
  type RespondentAnswers
} from '../../../src/shared/domain/quickscan-merge'
import { quantile, spreadOf } from '../../../src/shared/domain/statistics'

const pack = loadContent(join(__dirname, '..', '..', '..', 'resources')).quickscan
const repeat = (answer: QuickscanAnswer, n: number): QuickscanAnswer[] => Array(n).fill(answer)

describe('summarising one item', () => {
  it('gives no verdict and a caution when nobody answered', () => {
    const s = summariseAnswers([])
    expect(s).toMatchObject({
      answered: 0,
      rated: 0,
      unknownShare: 0,
      spread: null,
      verdict: null,
      caution: true
    })
    expect(s.medianAnswers).toEqual([])
  })

  it('calls an item everyone answered with ? a blind spot', () => {
    const s = summariseAnswers(repeat('?', 6))
    expect(s).toMatchObject({
      answered: 6,
      rated: 0,
      unknownShare: 1,
      spread: null,
      verdict: 'geen-zicht'
    })
  })

  it('turns a blind spot at 40% ? and not below', () => {
    expect(summariseAnswers([...repeat('?', 2), ...repeat('+', 3)]).verdict).toBe('geen-zicht')
    expect(summariseAnswers([...repeat('?', 1), ...repeat('+', 4)]).verdict).toBe('eens')
  })

  it('agrees with itself when one person answered, but cautions', () => {
    const s = summariseAnswers(['+'])
    expect(s).toMatchObject({ verdict: 'eens', caution: true, medianAnswers: ['+'] })
    expect(s.spread).toEqual({ median: 4, min: 4, max: 4, iqr: 0 })
  })

  it('calls an even split between ++ and -- divided, with the median in the middle', () => {
    const s = summariseAnswers([...repeat('++', 3), ...repeat('--', 3)])
    expect(s.verdict).toBe('verdeeld')
    expect(s.agreementShare).toBe(0)
    expect(s.spread).toMatchObject({ median: 3, min: 1, max: 5 })
    expect(s.medianAnswers).toEqual(['+/-'])
  })

  it('names both answers when the median falls between them (a tie)', () => {
    const s = summariseAnswers(['++', '++', '+', '+'])
    expect(s.spread?.median).toBe(4.5)
    expect(s.medianAnswers).toEqual(['++', '+'])
    expect(s.verdict).toBe('eens')
  })

  it('ignores ? for the median and the agreement but counts it', () => {
    const s = summariseAnswers(['++', '+', '+', '?', '-'])
    expect(s.counts).toEqual({ '++': 1, '+': 2, '+/-': 0, '-': 1, '--': 0, '?': 1 })
    expect(s.rated).toBe(4)
    expect(s.unknownShare).toBeCloseTo(0.2)
    expect(s.spread?.median).toBe(4)
    expect(s.agreementShare).toBe(0.75)
    expect(s.verdict).toBe('eens')
  })

  it('calls an item divided when fewer than 75% are within one step of the median', () => {
    const s = summariseAnswers(['++', '++', '+', '-', '--'])
    expect(s.agreementShare).toBeCloseTo(0.6)
    expect(s.verdict).toBe('verdeeld')
    expect(s.caution).toBe(false)
  })

  it(`cautions below ${cautionBelow} answers only`, () => {
    expect(summariseAnswers(repeat('+', cautionBelow - 1)).caution).toBe(true)
    expect(summariseAnswers(repeat('+', cautionBelow)).caution).toBe(false)
  })
})

describe('merging a quickscan', () => {
  const respondent = (answer: QuickscanAnswer, grade?: number): RespondentAnswers => ({
    answers: Object.fromEntries(pack.questions.map((q) => [q.id, answer])),
    grades: grade === undefined ? {} : Object.fromEntries(pack.clusters.map((c) => [c.id, grade]))
  })

  it('summarises all 49 items, the 10 factors and the 3 clusters', () => {
    const merge = mergeQuickscan(pack, [
      respondent('+', 7),
      respondent('++', 8),
      respondent('+', 6)
    ])
    expect(merge.items).toHaveLength(49)
    expect(merge.factors).toHaveLength(10)
    expect(merge.clusters.map((c) => c.id)).toEqual([
      'attitude-en-organisatie',
      'relatie',
      'afstemming'
    ])
    expect(merge.respondents).toBe(3)
    expect(merge.caution).toBe(true)
    const factor1 = merge.factors[0]!
    expect(factor1.rated).toBe(13 * 3)
    expect(factor1.itemVerdicts).toEqual({ eens: 13, verdeeld: 0, 'geen-zicht': 0 })
    expect(merge.clusters[0]!.grade).toEqual({
      count: 3,
      spread: { median: 7, min: 6, max: 8, iqr: 1 }
    })
  })

  it('handles nobody having answered: every item without verdict, grades empty', () => {
    const merge = mergeQuickscan(pack, [])
    expect(merge.items.every((i) => i.verdict === null && i.caution)).toBe(true)
    expect(merge.clusters.every((c) => c.grade.count === 0 && c.grade.spread === null)).toBe(true)
  })

  it('leaves out questions a respondent skipped', () => {
    const partial: RespondentAnswers = { answers: { 'qs-01': '++' }, grades: {} }
    const merge = mergeQuickscan(pack, [partial, respondent('-')])
    expect(merge.items[0]).toMatchObject({ questionId: 'qs-01', answered: 2 })
    expect(merge.items[1]).toMatchObject({ questionId: 'qs-02', answered: 1 })
  })

  it('sorts the most divided and the most unknown items first', () => {
    const divided: RespondentAnswers[] = [
      { answers: { 'qs-02': '++', 'qs-03': '?' }, grades: {} },
      { answers: { 'qs-02': '--', 'qs-03': '?' }, grades: {} },
      { answers: { 'qs-02': '++', 'qs-03': '+' }, grades: {} }
    ]
    const merge = mergeQuickscan(pack, divided)
    expect(sortItems(merge.items, 'most-divided')[0]?.questionId).toBe('qs-02')
    expect(sortItems(merge.items, 'most-unknown')[0]?.questionId).toBe('qs-03')
    expect(sortItems(merge.items, 'pack').map((i) => i.questionId)).toEqual(
      pack.questions.map((q) => q.id)
    )
  })

  it('shows the change of the median since an earlier quickscan', () => {
    const before = summariseAnswers(['-', '-', '+/-'])
    const after = summariseAnswers(['+', '+', '++'])
    expect(medianChange(after, before)).toBe(2)
    expect(medianChange(after, undefined)).toBeNull()
    expect(medianChange(summariseAnswers(['?']), before)).toBeNull()
  })
})

describe('median and spread from counts', () => {
  it('equals sorting the scores, for many random answer sets', () => {
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    const rated: QuickscanAnswer[] = ['++', '+', '+/-', '-', '--']
    const score = { '++': 5, '+': 4, '+/-': 3, '-': 2, '--': 1 } as const
    for (let run = 0; run < 300; run++) {
      const answers = Array.from(
        { length: 1 + Math.floor(random() * 40) },
        () => rated[Math.floor(random() * 5)]!
      )
      const expected = spreadOf(answers.map((a) => score[a as keyof typeof score]))
      expect(summariseAnswers(answers).spread).toEqual(expected)
    }
  })
})

describe('statistics', () => {
  it('interpolates quantiles between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5)
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75)
    expect(quantile([], 0.5)).toBeNull()
    expect(spreadOf([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, iqr: 2 })
  })
})
