import { answerValues, type QuickscanAnswer } from '../content/quickscan'
import type {
  BoardFile,
  BoardItem,
  BoardPriority,
  BoardScan,
  BoardSchool
} from '../board/board-file'
import { spreadOf, type Spread } from './statistics'
import { summariseCounts, unknownThreshold, type Verdict } from './quickscan-merge'

/** One school's scan as read from a board file, with the file it came from. */
export interface LoadedScan {
  school: BoardSchool
  scan: BoardScan
  fileName: string
}

/** A file as the board view holds it: its name and what it said. */
export interface NamedBoardFile {
  fileName: string
  file: BoardFile
}

/** Every school of every file, labelled with the file it came from. */
export function loadedScans(files: readonly NamedBoardFile[]): LoadedScan[] {
  return files.flatMap(({ fileName, file }) =>
    file.schools.map(({ school, scan }) => ({ school, scan, fileName }))
  )
}

/** A heatmap cell: one school's pooled answers on one success factor. */
export interface FactorCell {
  median: number | null
  verdict: Verdict | null
  unknownShare: number
  answered: number
}

export interface FactorChange {
  factor: number
  then: FactorCell | null
  now: FactorCell | null
  /** Median now minus then; null where either has no rated answers. */
  change: number | null
}

export interface SchoolPrevious {
  date: string
  /** Both scans used the same pack version; otherwise only matching items were compared. */
  samePack: boolean
  comparedItems: number
  factors: FactorChange[]
}

export interface SchoolRow {
  key: string
  school: BoardSchool
  date: string
  fileName: string
  respondents: number
  /** Fewer than five respondents: shown, but left out of every figure across schools. */
  tooFew: boolean
  packVersion: number
  cells: Record<number, FactorCell | null>
  clusterGrades: Record<string, number | null>
  previous: SchoolPrevious | null
  priorities: BoardPriority[]
  actionTitles: string[]
}

export interface FactorSpread {
  factor: number
  /** How many comparable schools have a median for the factor. */
  schools: number
  spread: Spread | null
}

export interface BlindSpot {
  factor: number
  schools: number
  of: number
}

export interface CommonPriority {
  clusterId: string
  schools: { name: string; priority: string }[]
}

export interface DuplicateExport {
  school: string
  date: string
  fileNames: string[]
}

export interface VersionNote {
  versions: { packId: string; version: number; schools: number }[]
  comparedItems: number
  leftOutItems: string[]
}

export interface BoardComparison {
  rows: SchoolRow[]
  factors: number[]
  comparedItemIds: string[]
  versionNote: VersionNote | null
  duplicates: DuplicateExport[]
  spreads: FactorSpread[]
  blindSpots: BlindSpot[]
  commonPriorities: CommonPriority[]
}

/** The same school whatever the case or spacing it was typed in. */
export function schoolKey(school: BoardSchool): string {
  return `${school.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl')}|${school.sector}`
}

/** Items of different packs never match; of the same pack, the question id says which is which. */
const itemKey = (scan: BoardScan, item: BoardItem) => `${scan.pack.id}/${item.questionId}`

function emptyCounts(): Record<QuickscanAnswer, number> {
  return Object.fromEntries(answerValues.map((a) => [a, 0])) as Record<QuickscanAnswer, number>
}

/** A factor's answers pooled over the given items only, so schools compare like with like. */
function factorCell(scan: BoardScan, factor: number, keep: ReadonlySet<string>): FactorCell | null {
  const counts = emptyCounts()
  let items = 0
  for (const item of scan.items) {
    if (item.factor !== factor || !keep.has(itemKey(scan, item))) continue
    items++
    for (const answer of answerValues) counts[answer] += item.counts[answer]
  }
  if (items === 0) return null
  const summary = summariseCounts(counts)
  return {
    median: summary.spread?.median ?? null,
    verdict: summary.verdict,
    unknownShare: summary.unknownShare,
    answered: summary.answered
  }
}

/** Every export once per school and date; later copies are reported, not counted. */
function withoutDuplicates(scans: readonly LoadedScan[]) {
  const kept = new Map<string, LoadedScan>()
  const repeats = new Map<string, DuplicateExport>()
  for (const loaded of scans) {
    const id = `${schoolKey(loaded.school)}|${loaded.scan.date}`
    const first = kept.get(id)
    if (!first) {
      kept.set(id, loaded)
      continue
    }
    const note = repeats.get(id) ?? {
      school: first.school.name,
      date: loaded.scan.date,
      fileNames: [first.fileName]
    }
    note.fileNames.push(loaded.fileName)
    repeats.set(id, note)
  }
  return { kept: [...kept.values()], duplicates: [...repeats.values()] }
}

/** Per school its newest scan, and the one before it (if any). */
function historyPerSchool(scans: readonly LoadedScan[]) {
  const bySchool = new Map<string, LoadedScan[]>()
  for (const loaded of scans) {
    const key = schoolKey(loaded.school)
    bySchool.set(key, [...(bySchool.get(key) ?? []), loaded])
  }
  return [...bySchool.entries()].map(([key, list]) => {
    const sorted = [...list].sort((a, b) => (a.scan.date < b.scan.date ? 1 : -1))
    return { key, current: sorted[0] as LoadedScan, previous: sorted[1] }
  })
}

function itemKeys(scan: BoardScan): Set<string> {
  return new Set(scan.items.map((item) => itemKey(scan, item)))
}

function intersect(sets: readonly Set<string>[]): Set<string> {
  const [first, ...rest] = sets
  if (!first) return new Set()
  return new Set([...first].filter((key) => rest.every((set) => set.has(key))))
}

function previousOf(
  current: BoardScan,
  previous: BoardScan | undefined,
  factors: readonly number[]
): SchoolPrevious | null {
  if (!previous) return null
  const common = intersect([itemKeys(current), itemKeys(previous)])
  return {
    date: previous.date,
    samePack:
      current.pack.id === previous.pack.id && current.pack.version === previous.pack.version,
    comparedItems: common.size,
    factors: factors.map((factor) => {
      const then = factorCell(previous, factor, common)
      const now = factorCell(current, factor, common)
      const change = then?.median != null && now?.median != null ? now.median - then.median : null
      return { factor, then, now, change }
    })
  }
}

function versionNoteOf(
  scans: readonly BoardScan[],
  compared: ReadonlySet<string>
): VersionNote | null {
  const versions = new Map<string, VersionNote['versions'][number]>()
  for (const scan of scans) {
    const id = `${scan.pack.id}@${scan.pack.version}`
    const entry = versions.get(id) ?? {
      packId: scan.pack.id,
      version: scan.pack.version,
      schools: 0
    }
    entry.schools++
    versions.set(id, entry)
  }
  if (versions.size < 2) return null
  const all = new Set(scans.flatMap((scan) => [...itemKeys(scan)]))
  return {
    versions: [...versions.values()].sort((a, b) => a.version - b.version),
    comparedItems: compared.size,
    leftOutItems: [...all].filter((key) => !compared.has(key)).sort()
  }
}

function rowOf(
  key: string,
  current: LoadedScan,
  previous: LoadedScan | undefined,
  factors: readonly number[],
  compared: ReadonlySet<string>
): SchoolRow {
  const { scan, school } = current
  return {
    key,
    school,
    date: scan.date,
    fileName: current.fileName,
    respondents: scan.respondents,
    tooFew: scan.tooFewToCompare,
    packVersion: scan.pack.version,
    cells: Object.fromEntries(factors.map((f) => [f, factorCell(scan, f, compared)])),
    clusterGrades: Object.fromEntries(scan.clusters.map((c) => [c.clusterId, c.gradeMedian])),
    previous: previousOf(scan, previous?.scan, factors),
    priorities: scan.priorities ?? [],
    actionTitles: scan.actionTitles ?? []
  }
}

function spreadsOf(rows: readonly SchoolRow[], factors: readonly number[]): FactorSpread[] {
  return factors.map((factor) => {
    const medians = rows
      .map((row) => row.cells[factor]?.median)
      .filter((m): m is number => typeof m === 'number')
    return { factor, schools: medians.length, spread: spreadOf(medians) }
  })
}

/** Factors on which more than half of the comparable schools say "?" too often. */
function blindSpotsOf(rows: readonly SchoolRow[], factors: readonly number[]): BlindSpot[] {
  return factors.flatMap((factor) => {
    const cells = rows.map((row) => row.cells[factor]).filter((c): c is FactorCell => c != null)
    const blind = cells.filter((cell) => cell.unknownShare >= unknownThreshold).length
    return cells.length > 0 && blind * 2 > cells.length
      ? [{ factor, schools: blind, of: cells.length }]
      : []
  })
}

/** Clusters that two or more schools chose as a priority, the most chosen first. */
function commonPrioritiesOf(rows: readonly SchoolRow[]): CommonPriority[] {
  const byCluster = new Map<string, CommonPriority>()
  for (const row of rows) {
    for (const { clusterId, priority } of row.priorities) {
      const entry = byCluster.get(clusterId) ?? { clusterId, schools: [] }
      entry.schools.push({ name: row.school.name, priority })
      byCluster.set(clusterId, entry)
    }
  }
  return [...byCluster.values()]
    .filter((entry) => entry.schools.length >= 2)
    .sort((a, b) => b.schools.length - a.schools.length || a.clusterId.localeCompare(b.clusterId))
}

/**
 * Schools side by side on the success factors. Each school counts with its newest scan; an
 * earlier one gives the change. Schools with too few respondents are shown but left out of the
 * spread, the blind spots and the version check. Where pack versions differ, every figure is
 * computed over the items all compared scans share.
 */
export function compareBoard(
  scans: readonly LoadedScan[],
  factors: readonly number[]
): BoardComparison {
  const { kept, duplicates } = withoutDuplicates(scans)
  const history = historyPerSchool(kept)
  const comparable = history.filter((h) => !h.current.scan.tooFewToCompare)
  const basis = comparable.length > 0 ? comparable : history
  const compared = intersect(basis.map((h) => itemKeys(h.current.scan)))
  const rows = history
    .map((h) => rowOf(h.key, h.current, h.previous, factors, compared))
    .sort((a, b) => a.school.name.localeCompare(b.school.name, 'nl'))
  const counted = rows.filter((row) => !row.tooFew)
  return {
    rows,
    factors: [...factors],
    comparedItemIds: [...compared].sort(),
    versionNote: versionNoteOf(
      basis.map((h) => h.current.scan),
      compared
    ),
    duplicates,
    spreads: spreadsOf(counted, factors),
    blindSpots: blindSpotsOf(counted, factors),
    commonPriorities: commonPrioritiesOf(rows)
  }
}
