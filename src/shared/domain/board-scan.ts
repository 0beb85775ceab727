import type { BoardPriority, BoardScan } from '../board/board-file'
import { minRespondentsToCompare } from '../board/board-file'
import type { QuickscanPack } from '../content/quickscan'
import type { ClusterPriority } from './quickscan'
import type { AnswerSummary, QuickscanMerge } from './quickscan-merge'

/** What the school chose to send along besides the figures. */
export interface BoardScanExtras {
  /** The team's priority per cluster (from the scan's last page), when ticked. */
  priorities?: readonly ClusterPriority[]
  /** Titles of the school's actions, when ticked. */
  actionTitles?: readonly string[]
}

function aggregate(summary: AnswerSummary) {
  return {
    counts: { ...summary.counts },
    unknownShare: summary.unknownShare,
    median: summary.spread?.median ?? null,
    verdict: summary.verdict
  }
}

function sharedPriorities(priorities: readonly ClusterPriority[]): BoardPriority[] {
  return priorities
    .filter((p) => p.priority.trim() !== '')
    .map((p) => ({ clusterId: p.clusterId, priority: p.priority.trim() }))
}

/**
 * A school's merged quickscan as the aggregates a board may see. It is built from the merge,
 * never from the respondents, so nothing of one person (name, role, own answers) can slip in.
 */
export function boardScanFromMerge(
  pack: Pick<QuickscanPack, 'id' | 'version'>,
  merge: QuickscanMerge,
  date: string,
  extras: BoardScanExtras = {}
): BoardScan {
  const scan: BoardScan = {
    date,
    pack: { id: pack.id, version: pack.version },
    respondents: merge.respondents,
    tooFewToCompare: merge.respondents < minRespondentsToCompare,
    items: merge.items.map((item) => ({
      questionId: item.questionId,
      factor: item.factor,
      ...aggregate(item)
    })),
    factors: merge.factors.map((factor) => ({ factor: factor.factor, ...aggregate(factor) })),
    clusters: merge.clusters.map((cluster) => ({
      clusterId: cluster.id,
      gradeMedian: cluster.grade.spread?.median ?? null,
      gradeCount: cluster.grade.count
    }))
  }
  if (extras.priorities) scan.priorities = sharedPriorities(extras.priorities)
  if (extras.actionTitles) {
    scan.actionTitles = extras.actionTitles.map((t) => t.trim()).filter((t) => t !== '')
  }
  return scan
}
