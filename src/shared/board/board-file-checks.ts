import { answerValues, type QuickscanAnswer } from '../content/quickscan'
import { summariseCounts } from '../domain/quickscan-merge'
import { minRespondentsToCompare, type BoardFile, type BoardScan } from './board-file'

/**
 * Figures that contradict each other: a hand-edited or damaged file. Every median, "?" share and
 * verdict must follow from the counts, every factor must pool exactly its items, and no item
 * may have more answers than the school had respondents.
 */
export function boardFileProblems(file: BoardFile): string[] {
  return file.schools.flatMap(({ school, scan }) =>
    scanProblems(scan).map((problem) => `${school.name}: ${problem}`)
  )
}

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) < 1e-9

type Aggregate = Pick<BoardScan['items'][number], 'counts' | 'unknownShare' | 'median' | 'verdict'>

function aggregateProblem(what: string, aggregate: Aggregate): string | null {
  const summary = summariseCounts(aggregate.counts)
  if (!close(summary.unknownShare, aggregate.unknownShare)) return `${what}: "?"-aandeel klopt niet`
  if (!close(summary.spread?.median ?? null, aggregate.median)) return `${what}: mediaan klopt niet`
  if (summary.verdict !== aggregate.verdict) return `${what}: oordeel klopt niet`
  return null
}

function total(counts: Record<QuickscanAnswer, number>): number {
  return answerValues.reduce((sum, answer) => sum + counts[answer], 0)
}

function scanProblems(scan: BoardScan): string[] {
  const problems: string[] = []
  if (scan.tooFewToCompare !== scan.respondents < minRespondentsToCompare) {
    problems.push('"te weinig invullers" klopt niet met het aantal invullers')
  }
  const seen = new Set<string>()
  for (const item of scan.items) {
    if (seen.has(item.questionId)) problems.push(`vraag ${item.questionId} staat er twee keer in`)
    seen.add(item.questionId)
    if (total(item.counts) > scan.respondents) {
      problems.push(`vraag ${item.questionId}: meer antwoorden dan invullers`)
    }
    const problem = aggregateProblem(`vraag ${item.questionId}`, item)
    if (problem) problems.push(problem)
  }
  for (const factor of scan.factors) {
    const pooled = Object.fromEntries(answerValues.map((a) => [a, 0])) as Record<
      QuickscanAnswer,
      number
    >
    for (const item of scan.items.filter((i) => i.factor === factor.factor)) {
      for (const answer of answerValues) pooled[answer] += item.counts[answer]
    }
    if (answerValues.some((answer) => pooled[answer] !== factor.counts[answer])) {
      problems.push(`factor ${factor.factor}: telt niet op uit zijn vragen`)
    }
    const problem = aggregateProblem(`factor ${factor.factor}`, factor)
    if (problem) problems.push(problem)
  }
  return problems
}
