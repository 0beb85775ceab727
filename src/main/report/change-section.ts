import type { Quickscan, PreviousQuickscan } from '../../shared/domain/quickscan'
import {
  compareQuickscans,
  notableChanges,
  type QuickscanComparison,
  type SummaryChange
} from '../../shared/domain/quickscan-comparison'
import type { Verdict } from '../../shared/domain/quickscan-merge'
import { cell, heading, list, paragraph, table } from './blocks'
import { changeChart } from './charts/factor-charts'
import { partShares } from './charts/factor-charts'
import { dutchDate, dutchNumber } from './format'
import type { ReportContext } from './report-context'
import type { Block, Line } from './report-model'
import { reportText } from './report-text'

const text = reportText.change
const verdictText = (v: Verdict | null) => (v ? reportText.quickscan.verdicts[v] : '–')
const positive = (change: SummaryChange, when: 'then' | 'now'): number | null => {
  const summary = when === 'then' ? change.then : change.now
  return summary && summary.answered > 0 ? partShares(summary.counts).positief : null
}
const percent = (share: number | null) =>
  share === null ? text.noValue : `${Math.round(share * 100)}%`

function movementText(change: SummaryChange): string {
  if (change.medianDelta === null || change.movement === null) return ''
  const steps = dutchNumber(Math.abs(change.medianDelta))
  if (change.movement === 'gelijk') return text.same
  return change.movement === 'hoger' ? text.higher(steps) : text.lower(steps)
}

function gradeBlocks(context: ReportContext, c: QuickscanComparison): Block[] {
  const grade = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : dutchNumber(value)
  const rows = c.clusters.map((cluster) => {
    const delta = cluster.grade.delta
    const title = context.content.quickscan.clusters.find((cl) => cl.id === cluster.clusterId)
    return [
      cell(title?.title ?? cluster.clusterId),
      cell(grade(cluster.grade.then.spread?.median)),
      cell(grade(cluster.grade.now.spread?.median)),
      cell(
        delta === null
          ? '–'
          : delta === 0
            ? text.gradeSame
            : delta > 0
              ? text.gradeHigher(dutchNumber(delta))
              : text.gradeLower(dutchNumber(-delta))
      )
    ]
  })
  return [heading(3, text.grades), table(text.gradeColumns, [5, 2, 2, 3], rows, [1, 2, 3])]
}

function factorBlocks(context: ReportContext, c: QuickscanComparison): Block[] {
  const pack = context.content.quickscan
  const label = (n: number) => `${n}. ${pack.factors.find((f) => f.number === n)?.title ?? ''}`
  const rows = c.factors.map((f) => [
    cell(label(f.factor)),
    cell(verdictText(f.verdictThen)),
    cell(verdictText(f.verdictNow)),
    cell(percent(positive(f, 'then'))),
    cell(percent(positive(f, 'now')))
  ])
  const chart = changeChart(
    c.factors.map((f) => ({
      label: label(f.factor),
      then: positive(f, 'then'),
      now: positive(f, 'now')
    })),
    text.chartLegend,
    (row) => text.chartRow(row.label, percent(row.then), percent(row.now))
  )
  return [
    heading(3, text.factors),
    table(text.factorColumns, [5, 3, 3, 2, 2], rows, [3, 4]),
    {
      kind: 'image',
      png: chart.png,
      width: chart.width,
      height: chart.height,
      title: text.chartTitle,
      description: `${text.chartTitle}. ${chart.description}`
    },
    paragraph(text.chartTitle, 'note')
  ]
}

function itemBlocks(context: ReportContext, c: QuickscanComparison): Block[] {
  const textOf = new Map(context.content.quickscan.questions.map((q) => [q.id, q.text]))
  const changed = notableChanges(c)
  const line = (item: (typeof changed)[number]): Line => [
    { text: textOf.get(item.questionId) ?? item.questionId },
    {
      text: ` (${text.itemLine(verdictText(item.verdictThen), verdictText(item.verdictNow), movementText(item))})`,
      italic: true
    }
  ]
  return [
    heading(3, text.items),
    changed.length === 0 ? paragraph(text.noItems) : list(changed.map(line))
  ]
}

/** This quickscan beside the earlier one: grades, factors with a chart, the items that moved. */
export function changeBlocks(
  context: ReportContext,
  quickscan: Quickscan,
  previous: PreviousQuickscan
): Block[] {
  const result = compareQuickscans(
    context.content.quickscan,
    { packVersion: quickscan.packVersion, respondents: quickscan.respondents },
    { packVersion: previous.quickscan.packVersion, respondents: previous.quickscan.respondents }
  )
  const blocks: Block[] = [heading(2, text.heading)]
  if (!result.ok) {
    const { previousVersion, currentVersion } = result.unavailable
    return [
      ...blocks,
      paragraph(text.unavailable(previous.sessionTitle, previousVersion, currentVersion))
    ]
  }
  const c = result.comparison
  blocks.push(
    paragraph(
      text.intro(
        previous.sessionTitle,
        dutchDate(previous.sessionDate),
        c.respondentsThen,
        c.respondentsNow
      )
    )
  )
  if (c.removedQuestionIds.length > 0) {
    blocks.push(paragraph(text.removed(c.removedQuestionIds.length), 'note'))
  }
  return [
    ...blocks,
    ...gradeBlocks(context, c),
    ...factorBlocks(context, c),
    ...itemBlocks(context, c)
  ]
}
