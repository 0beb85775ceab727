import { answerValues } from '../../shared/content/quickscan'
import type { PreviousQuickscan, Quickscan } from '../../shared/domain/quickscan'
import { glanceGroups, quickscanGlance } from '../../shared/domain/quickscan-glance'
import {
  cautionBelow,
  mergeQuickscan,
  type ItemSummary,
  type QuickscanMerge
} from '../../shared/domain/quickscan-merge'
import { cell, heading, list, paragraph, table } from './blocks'
import { changeBlocks } from './change-section'
import { distributionChart } from './charts/factor-charts'
import { taggedLine } from './contributions'
import { dutchNumber } from './format'
import { cardsOf, type ReportContext } from './report-context'
import type { Block, Line, ReportPart, TableCell } from './report-model'
import { reportText } from './report-text'

const text = reportText.quickscan

export function mergeOf(context: ReportContext, quickscan: Quickscan): QuickscanMerge {
  return mergeQuickscan(context.content.quickscan, quickscan.respondents)
}

/** Light for a small share of the answers, darker for more; empty cells stay white. */
export function shareShade(count: number, answered: number): string | undefined {
  if (count === 0 || answered === 0) return undefined
  const share = count / answered
  const from = [0xff, 0xff, 0xff]
  const to = [0x5b, 0x9b, 0xd5]
  const mix = from.map((f, i) => Math.round(f + ((to[i] ?? f) - f) * share))
  return mix
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()
}

function gradeRows(context: ReportContext, merge: QuickscanMerge): TableCell[][] {
  return context.content.quickscan.clusters.map((cluster) => {
    const summary = merge.clusters.find((c) => c.id === cluster.id)
    const spread = summary?.grade.spread
    const v = summary?.itemVerdicts ?? { eens: 0, verdeeld: 0, 'geen-zicht': 0 }
    return [
      cell(cluster.title),
      cell(spread ? dutchNumber(spread.median) : text.noGrade),
      cell(
        spread
          ? text.gradeRange(dutchNumber(spread.min), dutchNumber(spread.max), summary.grade.count)
          : ''
      ),
      cell(text.verdictCounts(v.eens, v.verdeeld, v['geen-zicht']))
    ]
  })
}

function itemRow(item: ItemSummary, itemText: string, context: ReportContext): TableCell[] {
  const cards = cardsOf(context, 'quickscan').filter((card) => card.screenId === item.questionId)
  const lines: Line[] = [[{ text: itemText }], ...cards.map((card) => taggedLine(card, context))]
  const counts = answerValues.map((answer) =>
    cell(String(item.counts[answer]), shareShade(item.counts[answer], item.answered))
  )
  return [cell(lines), ...counts]
}

function factorBlocks(context: ReportContext, merge: QuickscanMerge): Block[] {
  const pack = context.content.quickscan
  const blocks: Block[] = [heading(2, text.factors), paragraph(text.shareNote, 'note')]
  for (const factor of pack.factors) {
    const questions = pack.questions.filter((q) => q.factor === factor.number)
    const rows = questions.map((question) => {
      const item = merge.items.find((i) => i.questionId === question.id)
      return item ? itemRow(item, question.text, context) : [cell(question.text)]
    })
    blocks.push(heading(3, text.factor(factor.number, factor.title)))
    const counts = answerValues.map((_, i) => i + 1)
    blocks.push(table([text.itemColumn, ...answerValues], [12, 1, 1, 1, 1, 1, 1], rows, counts))
  }
  return blocks
}

/** "4× ++ · 4× --": only the answers someone gave. */
function distribution(item: ItemSummary): string {
  return answerValues
    .filter((answer) => item.counts[answer] > 0)
    .map((answer) => `${item.counts[answer]}× ${answer}`)
    .join(' · ')
}

function priorityBlocks(context: ReportContext, quickscan: Quickscan): Block[] {
  const pack = context.content.quickscan
  const rows = pack.priorities.clusterIds.flatMap((id) => {
    const entry = quickscan.priorities.find((p) => p.clusterId === id)
    if (!entry || !(entry.priority || entry.support || entry.firstStep)) return []
    const title = pack.clusters.find((c) => c.id === id)?.title ?? id
    return [[cell(title), cell(entry.priority), cell(entry.support), cell(entry.firstStep)]]
  })
  return [
    heading(2, text.priorities),
    rows.length === 0
      ? paragraph(text.noPriorities)
      : table(text.priorityColumns, [2, 4, 4, 4], rows)
  ]
}

/** The four groups the scan asks for, each with its items; empty groups are left out. */
function glanceBlocks(context: ReportContext, merge: QuickscanMerge): Block[] {
  const textOf = new Map(context.content.quickscan.questions.map((q) => [q.id, q.text]))
  const glance = quickscanGlance(merge)
  const groups = glanceGroups.filter((group) => glance[group].length > 0)
  if (groups.length === 0) return []
  return [
    heading(2, reportText.glance.heading),
    ...groups.flatMap((group) => [
      heading(3, reportText.glance.groups[group]),
      list(
        glance[group].map((item): Line => {
          const detail =
            group === 'verdeeld'
              ? distribution(item)
              : group === 'geen-zicht'
                ? text.unknownCount(item.counts['?'], item.answered)
                : ''
          const itemText = { text: textOf.get(item.questionId) ?? item.questionId }
          return detail ? [itemText, { text: ` (${detail})`, italic: true }] : [itemText]
        })
      )
    ])
  ]
}

/** One stacked bar per success factor: the whole result in one picture. */
function overviewBlocks(context: ReportContext, merge: QuickscanMerge): Block[] {
  const pack = context.content.quickscan
  const overview = reportText.overview
  const percent = (share: number) => `${Math.round(share * 100)}%`
  const chart = distributionChart(
    merge.factors
      .filter((f) => f.answered > 0)
      .map((f) => ({
        label: `${f.factor}. ${pack.factors.find((p) => p.number === f.factor)?.title ?? ''}`,
        counts: f.counts
      })),
    overview.parts,
    (row, s) =>
      overview.chartRow(
        row.label,
        percent(s.positief),
        percent(s.gedeeltelijk),
        percent(s.negatief),
        percent(s['geen-zicht'])
      )
  )
  if (merge.factors.every((f) => f.answered === 0)) return []
  return [
    heading(2, overview.heading),
    {
      kind: 'image',
      png: chart.png,
      width: chart.width,
      height: chart.height,
      title: overview.chartTitle,
      description: `${overview.chartTitle}. ${chart.description}`
    },
    paragraph(overview.chartTitle, 'note')
  ]
}

export function quickscanPart(
  context: ReportContext,
  quickscan: Quickscan,
  previous: PreviousQuickscan | null = null
): ReportPart {
  const merge = mergeOf(context, quickscan)
  const blocks: Block[] = [heading(1, text.heading), paragraph(text.respondents(merge.respondents))]
  if (merge.caution) blocks.push(paragraph(text.caution(cautionBelow), 'note'))
  blocks.push(
    ...glanceBlocks(context, merge),
    ...overviewBlocks(context, merge),
    ...(previous ? changeBlocks(context, quickscan, previous) : []),
    heading(2, text.grades),
    table(text.gradeColumns, [3, 2, 3, 3], gradeRows(context, merge)),
    ...factorBlocks(context, merge),
    ...priorityBlocks(context, quickscan)
  )
  return { id: 'quickscan', landscape: false, blocks }
}
