import { join } from 'node:path'
import { loadContent } from '../src/main/content/load-content'
import { answerValues } from '../src/shared/content/quickscan'
import { mergeQuickscan, type RespondentAnswers } from '../src/shared/domain/quickscan-merge'
import { summarize, summaryRows, type Bench } from './report'

const respondentCount = 1000
const runs = 50

/** A deterministic spread of answers, so every run merges the same data. */
function respondents(
  questionIds: readonly string[],
  clusterIds: readonly string[]
): RespondentAnswers[] {
  let seed = 42
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  return Array.from({ length: respondentCount }, () => ({
    answers: Object.fromEntries(
      questionIds.map((id) => [id, answerValues[Math.floor(next() * answerValues.length)]])
    ),
    grades: Object.fromEntries(clusterIds.map((id) => [id, 1 + Math.floor(next() * 10)]))
  }))
}

/** Merging 1,000 respondents × 49 items: the reveal view recomputes this on every change. */
export const quickscanMerge: Bench = {
  name: `quickscan merge (${respondentCount} respondents × 49 items)`,
  async run() {
    const pack = loadContent(join(__dirname, '..', 'resources')).quickscan
    const data = respondents(
      pack.questions.map((q) => q.id),
      pack.clusters.map((c) => c.id)
    )
    for (let i = 0; i < 5; i++) mergeQuickscan(pack, data)
    const samples: number[] = []
    for (let i = 0; i < runs; i++) {
      const started = performance.now()
      mergeQuickscan(pack, data)
      samples.push(performance.now() - started)
    }
    return summaryRows('mergeQuickscan', summarize(samples), { target: { max: 10 } })
  }
}
