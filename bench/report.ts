/** A figure another figure is measured against; the table shows `value / comparison.value`. */
export interface Comparison {
  name: string
  value: number
}

/**
 * An upper bound. `of: 'ratio'` bounds the ratio to the row's comparison instead of the value,
 * for targets such as "at most 3× a raw insert".
 */
export interface Target {
  max: number
  of?: 'value' | 'ratio'
}

export interface BenchRow {
  name: string
  value: number
  unit: 'ms' | '%' | 'kB' | 'B'
  target?: Target
  comparison?: Comparison
}

export interface BenchContext {
  /** Progress, on stderr, so the table on stdout stays readable. */
  log(line: string): void
}

/** Later benches (report build, quickscan merge, participant load) are added to the runner's list. */
export interface Bench {
  name: string
  run(context: BenchContext): Promise<BenchRow[]>
}

export interface Summary {
  count: number
  median: number
  p95: number
}

/** Linear interpolation between the closest ranks, so a median of an even count is the mean. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  const at = (index: number): number => sorted[index] ?? Number.NaN
  return at(low) + (at(high) - at(low)) * (rank - low)
}

export function summarize(samples: readonly number[]): Summary {
  return {
    count: samples.length,
    median: percentile(samples, 50),
    p95: percentile(samples, 95)
  }
}

/** A median row and a p95 row; the comparison (if any) goes with the median. */
export function summaryRows(
  name: string,
  summary: Summary,
  median: Pick<BenchRow, 'target' | 'comparison'> = {}
): BenchRow[] {
  const n = `n=${summary.count}`
  return [
    { name: `${name}: median (${n})`, value: summary.median, unit: 'ms', ...median },
    { name: `${name}: p95`, value: summary.p95, unit: 'ms' }
  ]
}

export function formatValue(value: number, unit: BenchRow['unit']): string {
  if (!Number.isFinite(value)) return `? ${unit}`
  // Three significant digits: a 3 µs insert and a 16 ms frame both keep their precision.
  const text = value >= 100 ? value.toFixed(0) : value.toPrecision(3)
  return `${text} ${unit}`
}

function ratioOf(row: BenchRow): number | undefined {
  return row.comparison ? row.value / row.comparison.value : undefined
}

function targetText(row: BenchRow): string {
  const { target } = row
  if (!target) return ''
  if (target.of === 'ratio') return `≤ ${target.max}× ${row.comparison?.name ?? '?'}`
  return `≤ ${formatValue(target.max, row.unit)}`
}

function status(row: BenchRow): string {
  const { target } = row
  if (!target) return ''
  const measured = target.of === 'ratio' ? ratioOf(row) : row.value
  if (measured === undefined || !Number.isFinite(measured)) return 'MISSED (no figure)'
  return measured <= target.max ? 'met' : 'MISSED'
}

function ratioText(row: BenchRow): string {
  const ratio = ratioOf(row)
  if (ratio === undefined || !row.comparison) return ''
  return `${ratio.toFixed(2)}× ${row.comparison.name}`
}

export interface Section {
  name: string
  rows: BenchRow[]
  /** Set when the bench could not run; its rows are then empty. */
  error?: string
}

const headings = ['figure', 'value', 'target', 'ratio', 'status']

/** A plain-text table, one block per bench, with missed targets marked "MISSED". */
export function formatTable(sections: readonly Section[]): string {
  const cells = sections.flatMap((section) =>
    section.rows.map((row) => [
      row.name,
      formatValue(row.value, row.unit),
      targetText(row),
      ratioText(row),
      status(row)
    ])
  )
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...cells.map((line) => line[column]?.length ?? 0))
  )
  const line = (values: readonly string[]): string =>
    values
      .map((value, column) =>
        column === 1 ? value.padStart(widths[column] ?? 0) : value.padEnd(widths[column] ?? 0)
      )
      .join('  ')
      .trimEnd()
  const rule = widths.map((width) => '-'.repeat(width)).join('  ')
  const out = [line(headings), rule]
  let index = 0
  for (const section of sections) {
    out.push(`[${section.name}]`)
    if (section.error) out.push(`  FAILED: ${section.error}`)
    for (let i = 0; i < section.rows.length; i++) out.push(line(cells[index++] ?? []))
  }
  return out.join('\n')
}

export function missedTargets(sections: readonly Section[]): number {
  return sections.flatMap((s) => s.rows).filter((row) => status(row).startsWith('MISSED')).length
}
