import type { QuickscanPack } from '../content/quickscan'
import {
  mergeQuickscan,
  type AnswerSummary,
  type GradeSummary,
  type ItemSummary,
  type RespondentAnswers,
  type Verdict
} from './quickscan-merge'

/** One quickscan as the comparison needs it: the pack version it was answered on, and answers. */
export interface ScanForComparison {
  packVersion: number
  respondents: readonly RespondentAnswers[]
}

/** Why two scans cannot be compared; the screen and the report put it into words. */
export type ComparisonUnavailable = {
  reason: 'other-pack-version'
  previousVersion: number
  currentVersion: number
}

/** How the middle of the answers moved: only a real change gets a direction. */
export type Movement = 'hoger' | 'lager' | 'gelijk'

export interface SummaryChange {
  now: AnswerSummary
  /** Null for an item nobody answered in the earlier scan (new, or skipped by all then). */
  then: AnswerSummary | null
  /** Now minus then on the 1–5 scale; null when either has no rated answers. */
  medianDelta: number | null
  movement: Movement | null
  verdictNow: Verdict | null
  verdictThen: Verdict | null
  verdictChanged: boolean
}

export interface ItemChange extends SummaryChange {
  questionId: string
  factor: number
  clusterId: string
}

export interface GradeChange {
  now: GradeSummary
  then: GradeSummary
  delta: number | null
}

export interface QuickscanComparison {
  packVersion: number
  respondentsNow: number
  respondentsThen: number
  items: ItemChange[]
  factors: (SummaryChange & { factor: number })[]
  clusters: (SummaryChange & { clusterId: string; grade: GradeChange })[]
  /** Questions answered in the earlier scan that the pack no longer has: not compared. */
  removedQuestionIds: string[]
  /** Questions of the pack that nobody answered in the earlier scan. */
  addedQuestionIds: string[]
}

export type ComparisonResult =
  { ok: true; comparison: QuickscanComparison } | { ok: false; unavailable: ComparisonUnavailable }

/** Changes smaller than this are rounding noise of interpolated medians, not movement. */
const epsilon = 1e-9

function movementOf(delta: number | null): Movement | null {
  if (delta === null) return null
  if (Math.abs(delta) < epsilon) return 'gelijk'
  return delta > 0 ? 'hoger' : 'lager'
}

function change(now: AnswerSummary, then: AnswerSummary | null): SummaryChange {
  const earlier = then && then.answered > 0 ? then : null
  const medianDelta =
    now.spread && earlier?.spread ? now.spread.median - earlier.spread.median : null
  const verdictThen = earlier?.verdict ?? null
  return {
    now,
    then: earlier,
    medianDelta,
    movement: movementOf(medianDelta),
    verdictNow: now.verdict,
    verdictThen,
    verdictChanged: earlier !== null && now.verdict !== verdictThen
  }
}

function gradeChange(now: GradeSummary, then: GradeSummary): GradeChange {
  const delta = now.spread && then.spread ? now.spread.median - then.spread.median : null
  return { now, then, delta }
}

function answeredQuestionIds(respondents: readonly RespondentAnswers[]): Set<string> {
  const ids = new Set<string>()
  for (const respondent of respondents) {
    for (const [id, answer] of Object.entries(respondent.answers)) if (answer) ids.add(id)
  }
  return ids
}

/**
 * This quickscan beside the earlier one, per item, factor and cluster. Answers on another
 * version of the pack may mean something else (a question reworded, moved to another factor),
 * so those are not compared at all. Within one version a trainer's edit can still add or drop
 * questions: dropped ones are listed, not compared; added ones have no "then".
 */
export function compareQuickscans(
  pack: QuickscanPack,
  current: ScanForComparison,
  previous: ScanForComparison
): ComparisonResult {
  if (current.packVersion !== previous.packVersion) {
    return {
      ok: false,
      unavailable: {
        reason: 'other-pack-version',
        previousVersion: previous.packVersion,
        currentVersion: current.packVersion
      }
    }
  }
  const now = mergeQuickscan(pack, current.respondents)
  const then = mergeQuickscan(pack, previous.respondents)
  const packIds = new Set(pack.questions.map((q) => q.id))
  const answeredThen = answeredQuestionIds(previous.respondents)
  const thenItem = new Map(then.items.map((item) => [item.questionId, item]))
  const items = now.items.map((item: ItemSummary): ItemChange => ({
    questionId: item.questionId,
    factor: item.factor,
    clusterId: item.clusterId,
    ...change(item, thenItem.get(item.questionId) ?? null)
  }))
  return {
    ok: true,
    comparison: {
      packVersion: current.packVersion,
      respondentsNow: now.respondents,
      respondentsThen: then.respondents,
      items,
      factors: now.factors.map((f, i) => ({
        factor: f.factor,
        ...change(f, then.factors[i] ?? null)
      })),
      clusters: now.clusters.map((c, i) => {
        const earlier = then.clusters[i]
        return {
          clusterId: c.id,
          ...change(c, earlier ?? null),
          grade: gradeChange(c.grade, earlier?.grade ?? { count: 0, spread: null })
        }
      }),
      removedQuestionIds: [...answeredThen].filter((id) => !packIds.has(id)).sort(),
      addedQuestionIds: pack.questions.map((q) => q.id).filter((id) => !answeredThen.has(id))
    }
  }
}

/** Items whose verdict or middle moved, biggest movement first: what the team should look at. */
export function notableChanges(comparison: QuickscanComparison): ItemChange[] {
  return comparison.items
    .filter((item) => item.verdictChanged || (item.movement && item.movement !== 'gelijk'))
    .sort((a, b) => Math.abs(b.medianDelta ?? 0) - Math.abs(a.medianDelta ?? 0))
}
