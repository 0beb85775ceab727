import { answerValues, type QuickscanAnswer, type QuickscanPack } from '../content/quickscan'
import { spreadOf, type Spread } from './statistics'

/**
 * Thresholds of the merge, written down once (docs/quickscan.md explains them):
 * - an item is *geen zicht* when at least 40% of those who answered chose `?`;
 * - otherwise it is *eens* when at least 75% of the rated answers lie within one step of the
 *   median, and *verdeeld* when fewer do (an even split between ++ and -- has none within one);
 * - fewer than 5 answers is too few to read much into: the result carries a caution.
 */
export const unknownThreshold = 0.4
export const agreementThreshold = 0.75
export const agreementDistance = 1
export const cautionBelow = 5

export type Verdict = 'eens' | 'verdeeld' | 'geen-zicht'

/** ++ is 5 … -- is 1; `?` has no place on the scale. */
export const answerScore: Record<Exclude<QuickscanAnswer, '?'>, number> = {
  '++': 5,
  '+': 4,
  '+/-': 3,
  '-': 2,
  '--': 1
}

export interface AnswerSummary {
  counts: Record<QuickscanAnswer, number>
  /** Everyone who gave an answer, `?` included. */
  answered: number
  /** Answers on the scale, `?` excluded. */
  rated: number
  /** Share of `?` among those who answered (0 when nobody answered). */
  unknownShare: number
  /** Median and spread on the 1–5 scale of the rated answers; null when none. */
  spread: Spread | null
  /** The answer(s) at the median: two when it falls between them. */
  medianAnswers: QuickscanAnswer[]
  /** Share of rated answers within one step of the median. */
  agreementShare: number | null
  verdict: Verdict | null
  caution: boolean
}

export interface ItemSummary extends AnswerSummary {
  questionId: string
  factor: number
  clusterId: string
}

export interface GroupSummary extends AnswerSummary {
  id: string
  itemVerdicts: Record<Verdict, number>
}

export interface GradeSummary {
  count: number
  spread: Spread | null
}

export interface QuickscanMerge {
  respondents: number
  caution: boolean
  items: ItemSummary[]
  factors: (GroupSummary & { factor: number })[]
  clusters: (GroupSummary & { grade: GradeSummary })[]
}

/** What the merge needs of a respondent. */
export interface RespondentAnswers {
  answers: Partial<Record<string, QuickscanAnswer>>
  grades: Partial<Record<string, number>>
}

const scoreLabels = Object.entries(answerScore) as [Exclude<QuickscanAnswer, '?'>, number][]

function emptyCounts(): Record<QuickscanAnswer, number> {
  return Object.fromEntries(answerValues.map((a) => [a, 0])) as Record<QuickscanAnswer, number>
}

/**
 * The spread of the rated answers straight from their counts: with five possible scores a
 * counting sort beats sorting a thousand values, and pooled factors are sums of counts.
 */
function spreadFromCounts(counts: Record<QuickscanAnswer, number>, rated: number): Spread | null {
  if (rated === 0) return null
  const ascending = [...scoreLabels].reverse()
  const valueAt = (index: number): number => {
    let seen = 0
    for (const [label, score] of ascending) {
      seen += counts[label]
      if (index < seen) return score
    }
    return 5
  }
  const quantileAt = (q: number): number => {
    const position = (rated - 1) * q
    const low = valueAt(Math.floor(position))
    return low + (valueAt(Math.ceil(position)) - low) * (position - Math.floor(position))
  }
  const present = ascending.filter(([label]) => counts[label] > 0).map(([, score]) => score)
  return {
    median: quantileAt(0.5),
    min: present[0] as number,
    max: present[present.length - 1] as number,
    iqr: quantileAt(0.75) - quantileAt(0.25)
  }
}

/** Everything the merge says about a set of answers, from how many gave each. */
export function summariseCounts(counts: Record<QuickscanAnswer, number>): AnswerSummary {
  const answered = answerValues.reduce((sum, a) => sum + counts[a], 0)
  const rated = answered - counts['?']
  const spread = spreadFromCounts(counts, rated)
  const unknownShare = answered === 0 ? 0 : counts['?'] / answered
  const agreementShare = spread
    ? scoreLabels
        .filter(([, s]) => Math.abs(s - spread.median) <= agreementDistance)
        .reduce((sum, [label]) => sum + counts[label], 0) / rated
    : null
  return {
    counts: { ...counts },
    answered,
    rated,
    unknownShare,
    spread,
    medianAnswers: spread
      ? scoreLabels.filter(([, s]) => Math.abs(s - spread.median) < 1).map(([label]) => label)
      : [],
    agreementShare,
    verdict: verdictOf(answered, unknownShare, agreementShare),
    caution: answered < cautionBelow
  }
}

export function summariseAnswers(answers: readonly QuickscanAnswer[]): AnswerSummary {
  const counts = emptyCounts()
  for (const answer of answers) counts[answer]++
  return summariseCounts(counts)
}

function verdictOf(
  answered: number,
  unknownShare: number,
  agreement: number | null
): Verdict | null {
  if (answered === 0) return null
  if (unknownShare >= unknownThreshold || agreement === null) return 'geen-zicht'
  return agreement >= agreementThreshold ? 'eens' : 'verdeeld'
}

function addCounts(
  total: Record<QuickscanAnswer, number>,
  more: Record<QuickscanAnswer, number>
): void {
  for (const answer of answerValues) total[answer] += more[answer]
}

function groupSummary(id: string, items: readonly ItemSummary[]): GroupSummary {
  const itemVerdicts: Record<Verdict, number> = { eens: 0, verdeeld: 0, 'geen-zicht': 0 }
  const pooled = emptyCounts()
  for (const item of items) {
    if (item.verdict) itemVerdicts[item.verdict]++
    addCounts(pooled, item.counts)
  }
  return { id, ...summariseCounts(pooled), itemVerdicts }
}

const answerIndex = new Map<string, number>(answerValues.map((answer, index) => [answer, index]))

/**
 * How many gave each answer, per question, in one pass over the respondents. The reveal view
 * runs this on every change, so it counts into one typed array (question × answer) by looking up
 * each question of the pack, rather than listing every respondent's entries (which allocates
 * 49 pairs per respondent and was most of the merge's time).
 */
function countPerQuestion(
  pack: QuickscanPack,
  respondents: readonly RespondentAnswers[]
): Map<string, Record<QuickscanAnswer, number>> {
  const ids = pack.questions.map((q) => q.id)
  const width = answerValues.length
  const tally = new Uint32Array(ids.length * width)
  for (const respondent of respondents) {
    const answers = respondent.answers
    for (let q = 0; q < ids.length; q++) {
      const answer = answers[ids[q] as string]
      if (answer === undefined) continue
      const index = answerIndex.get(answer)
      if (index !== undefined) tally[q * width + index] = (tally[q * width + index] ?? 0) + 1
    }
  }
  return new Map(
    ids.map((id, q) => {
      const counts = emptyCounts()
      answerValues.forEach((answer, index) => (counts[answer] = tally[q * width + index] as number))
      return [id, counts]
    })
  )
}

/** Per item, per factor and per cluster: counts, `?` share, median with spread, a verdict. */
export function mergeQuickscan(
  pack: QuickscanPack,
  respondents: readonly RespondentAnswers[]
): QuickscanMerge {
  const clusterOf = new Map(pack.clusters.flatMap((c) => c.factors.map((f) => [f, c.id] as const)))
  const counts = countPerQuestion(pack, respondents)
  const items: ItemSummary[] = pack.questions.map((q) => ({
    questionId: q.id,
    factor: q.factor,
    clusterId: clusterOf.get(q.factor) ?? '',
    ...summariseCounts(counts.get(q.id) ?? emptyCounts())
  }))
  const factors = pack.factors.map((f) => ({
    factor: f.number,
    ...groupSummary(
      `factor-${f.number}`,
      items.filter((item) => item.factor === f.number)
    )
  }))
  const clusters = pack.clusters.map((c) => {
    const grades = respondents
      .map((r) => r.grades[c.id])
      .filter((g): g is number => g !== undefined)
    const own = items.filter((item) => item.clusterId === c.id)
    return { ...groupSummary(c.id, own), grade: { count: grades.length, spread: spreadOf(grades) } }
  })
  return {
    respondents: respondents.length,
    caution: respondents.length < cautionBelow,
    items,
    factors,
    clusters
  }
}

/** Change of the median since an earlier quickscan; null where either has no rated answers. */
export function medianChange(
  current: AnswerSummary,
  previous: AnswerSummary | undefined
): number | null {
  if (!current.spread || !previous?.spread) return null
  return current.spread.median - previous.spread.median
}

export type ItemOrder = 'pack' | 'most-divided' | 'most-unknown'

/** Most divided first: lowest agreement, then widest spread; items without ratings last. */
export function sortItems(items: readonly ItemSummary[], order: ItemOrder): ItemSummary[] {
  const sorted = [...items]
  if (order === 'most-divided') {
    const key = (i: ItemSummary) => i.agreementShare ?? Number.POSITIVE_INFINITY
    sorted.sort((a, b) => key(a) - key(b) || (b.spread?.iqr ?? -1) - (a.spread?.iqr ?? -1))
  } else if (order === 'most-unknown') {
    sorted.sort((a, b) => b.unknownShare - a.unknownShare || b.counts['?'] - a.counts['?'])
  }
  return sorted
}
