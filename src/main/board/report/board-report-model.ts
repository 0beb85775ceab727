import type { QuickscanPack } from '../../../shared/content/quickscan'
import type {
  BoardComparison,
  FactorCell,
  SchoolRow
} from '../../../shared/domain/board-comparison'
import { cell, heading, list, paragraph, table } from '../../report/blocks'
import { dutchDate, dutchNumber } from '../../report/format'
import type { Block, TableCell } from '../../report/report-model'
import { verdictShort } from '../chart/heat-scale'
import type { HeatmapInput } from '../chart/heatmap-input'
import { boardReportText as text } from './board-report-text'

/** The heatmap drawn as an image, with its alternative text. */
export interface HeatmapBlock {
  kind: 'heatmap'
  chart: HeatmapInput
  title: string
  alt: string
}

export type BoardBlock = Block | HeatmapBlock

export interface BoardReportPart {
  landscape: boolean
  blocks: BoardBlock[]
}

export interface BoardReportModel {
  title: string
  description: string
  cover: { boards: string[]; made: string; schools: number; files: number }
  headerText: string
  parts: BoardReportPart[]
}

type Pack = Pick<QuickscanPack, 'factors' | 'clusters'>

const factorTitle = (pack: Pack, factor: number) =>
  `${factor}. ${pack.factors.find((f) => f.number === factor)?.title ?? ''}`.trim()

const percent = (share: number) => `${Math.round(share * 100)}%`

function cellText(cell: FactorCell | null | undefined): string[] {
  if (!cell) return ['–']
  const median = cell.median === null ? text.heatmap.noMedian : dutchNumber(cell.median)
  const verdict = cell.verdict ? verdictShort[cell.verdict] : ''
  return [median, verdict, `? ${percent(cell.unknownShare)}`].filter(Boolean)
}

function heatmapChart(comparison: BoardComparison, pack: Pack): HeatmapInput {
  return {
    columns: comparison.factors.map((n) => ({
      number: n,
      title: pack.factors.find((f) => f.number === n)?.title ?? ''
    })),
    rows: comparison.rows.map((row) => ({
      label: row.school.name,
      note: `${row.school.sector} · ${row.respondents} invullers · ${dutchDate(row.date)}`,
      tooFew: row.tooFew,
      cells: comparison.factors.map((f) => row.cells[f] ?? null)
    })),
    tooFewText: text.heatmap.tooFew,
    legend: {
      scale: text.heatmap.legendScale,
      low: text.heatmap.legendLow,
      high: text.heatmap.legendHigh,
      hatch: text.heatmap.legendHatch,
      empty: text.heatmap.legendEmpty
    }
  }
}

/** Ten schools per image, so each fits a landscape page at full size and stays readable. */
const schoolsPerImage = 10

function heatmapImages(comparison: BoardComparison, pack: Pack): HeatmapBlock[] {
  const chart = heatmapChart(comparison, pack)
  const images: HeatmapBlock[] = []
  for (let start = 0; start < chart.rows.length; start += schoolsPerImage) {
    const rows = chart.rows.slice(start, start + schoolsPerImage)
    const range = { from: start + 1, to: start + rows.length, of: chart.rows.length }
    images.push({
      kind: 'heatmap',
      chart: { ...chart, rows },
      title: text.heatmap.altTitle,
      alt: text.heatmap.alt(range, comparison.factors.length)
    })
  }
  return images
}

function heatmapTable(comparison: BoardComparison): Block {
  const titles = [text.heatmap.school, text.heatmap.respondents, ...comparison.factors.map(String)]
  const rows = comparison.rows.map((row): TableCell[] => [
    cell([
      [{ text: row.school.name, bold: true }],
      [{ text: `${row.school.sector}, ${dutchDate(row.date)}` }]
    ]),
    cell(String(row.respondents)),
    ...comparison.factors.map((f) =>
      row.tooFew ? cell('—') : cell(cellText(row.cells[f]).map((t) => [{ text: t }]))
    )
  ])
  // No fills: this table is the chart's figures for whoever cannot see the colours.
  return table(titles, [5, 2, ...comparison.factors.map(() => 2)], rows, [
    1,
    ...comparison.factors.map((_, i) => i + 2)
  ])
}

function aboutBlocks(comparison: BoardComparison): Block[] {
  const blocks: Block[] = [
    heading(1, text.about.heading),
    paragraph(text.about.text),
    paragraph(text.about.scale),
    paragraph(text.about.verdicts)
  ]
  const tooFew = comparison.rows.filter((r) => r.tooFew).map((r) => r.school.name)
  if (tooFew.length > 0) blocks.push(paragraph(text.about.tooFew(tooFew.join(', '))))
  for (const d of comparison.duplicates) {
    blocks.push(
      paragraph(text.about.duplicate(d.school, dutchDate(d.date), d.fileNames.join(', ')))
    )
  }
  const note = comparison.versionNote
  if (note) {
    const versions = note.versions
      .map((v) => text.about.version(v.packId, v.version, v.schools))
      .join('; ')
    blocks.push(
      paragraph(text.about.versions(versions, note.comparedItems, note.leftOutItems.length))
    )
  }
  return blocks
}

function spreadBlocks(comparison: BoardComparison, pack: Pack): Block[] {
  const t = text.spread
  const rows = comparison.spreads.map((s) => [
    cell(factorTitle(pack, s.factor)),
    cell(String(s.schools)),
    cell(s.spread ? dutchNumber(s.spread.min) : '–'),
    cell(s.spread ? dutchNumber(s.spread.median) : '–'),
    cell(s.spread ? dutchNumber(s.spread.max) : '–'),
    cell(s.spread ? dutchNumber(s.spread.iqr) : '–')
  ])
  return [
    heading(1, t.heading),
    paragraph(t.intro),
    table(
      [t.factor, t.schools, t.lowest, t.median, t.highest, t.iqr],
      [5, 2, 2, 2, 2, 2],
      rows,
      [1, 2, 3, 4, 5]
    )
  ]
}

function listBlocks(comparison: BoardComparison, pack: Pack): Block[] {
  const clusterTitle = (id: string) => pack.clusters.find((c) => c.id === id)?.title ?? id
  const blind = comparison.blindSpots.map((b) =>
    text.blindSpots.item(factorTitle(pack, b.factor), b.schools, b.of)
  )
  const blocks: Block[] = [heading(1, text.blindSpots.heading), paragraph(text.blindSpots.intro)]
  blocks.push(blind.length > 0 ? list(blind) : paragraph(text.blindSpots.none))
  blocks.push(heading(1, text.priorities.heading), paragraph(text.priorities.intro))
  if (comparison.commonPriorities.length === 0) blocks.push(paragraph(text.priorities.none))
  for (const p of comparison.commonPriorities) {
    blocks.push(heading(2, text.priorities.item(clusterTitle(p.clusterId), p.schools.length)))
    blocks.push(
      list(p.schools.map((s) => [{ text: `${s.name}: `, bold: true }, { text: s.priority }]))
    )
  }
  return blocks
}

const signed = (change: number | null) =>
  change === null
    ? '–'
    : change === 0
      ? '0'
      : `${change > 0 ? '+' : '−'}${dutchNumber(Math.abs(change))}`

function changeBlocks(comparison: BoardComparison): Block[] {
  const t = text.change
  const withPrevious = comparison.rows.filter(
    (r): r is SchoolRow & { previous: NonNullable<SchoolRow['previous']> } => r.previous !== null
  )
  const blocks: Block[] = [heading(1, t.heading), paragraph(t.intro)]
  if (withPrevious.length === 0) return [...blocks, paragraph(t.none)]
  const rows = withPrevious.map((row) => [
    cell(row.school.name),
    cell(`${dutchDate(row.previous.date)}`),
    ...row.previous.factors.map((f) => cell(signed(f.change)))
  ])
  blocks.push(
    table(
      [text.heatmap.school, t.previous, ...comparison.factors.map(String)],
      [5, 3, ...comparison.factors.map(() => 1.4)],
      rows,
      comparison.factors.map((_, i) => i + 2)
    )
  )
  for (const row of withPrevious.filter((r) => !r.previous.samePack))
    blocks.push(paragraph(t.otherVersion(row.school.name), 'note'))
  return blocks
}

function gradeBlocks(comparison: BoardComparison, pack: Pack): Block[] {
  const rows = comparison.rows.map((row) => [
    cell(row.school.name),
    ...pack.clusters.map((c) => {
      const grade = row.clusterGrades[c.id]
      return cell(grade == null ? '–' : dutchNumber(grade))
    })
  ])
  return [
    heading(1, text.grades.heading),
    paragraph(text.grades.intro),
    table(
      [text.heatmap.school, ...pack.clusters.map((c) => c.title)],
      [4, ...pack.clusters.map(() => 2)],
      rows,
      pack.clusters.map((_, i) => i + 1)
    )
  ]
}

function actionBlocks(comparison: BoardComparison): Block[] {
  const schools = comparison.rows.filter((r) => r.actionTitles.length > 0)
  if (schools.length === 0) return []
  return [
    heading(1, text.actions.heading),
    paragraph(text.actions.intro),
    ...schools.flatMap((r) => [heading(2, r.school.name), list(r.actionTitles)])
  ]
}

/** The board report as plain data; `renderBoardDocx` turns it into Word. */
export function buildBoardReportModel(
  comparison: BoardComparison,
  pack: Pack,
  today: string,
  files: number
): BoardReportModel {
  const boards = [
    ...new Set(comparison.rows.map((r) => r.school.board).filter((b): b is string => Boolean(b)))
  ]
  const schools = comparison.rows.length
  return {
    title: text.documentTitle,
    description: text.description(schools),
    cover: { boards, made: dutchDate(today), schools, files },
    headerText: `${text.documentTitle} · ${dutchDate(today)}`,
    parts: [
      { landscape: false, blocks: aboutBlocks(comparison) },
      {
        landscape: true,
        blocks: [
          heading(1, text.heatmap.heading),
          paragraph(text.heatmap.intro),
          ...heatmapImages(comparison, pack),
          heading(2, text.heatmap.tableHeading),
          heatmapTable(comparison),
          ...changeBlocks(comparison)
        ]
      },
      {
        landscape: false,
        blocks: [
          ...spreadBlocks(comparison, pack),
          ...listBlocks(comparison, pack),
          ...gradeBlocks(comparison, pack),
          ...actionBlocks(comparison)
        ]
      }
    ]
  }
}
