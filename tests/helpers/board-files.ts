import {
  boardFileFormat,
  boardFileFormatVersion,
  type BoardFile,
  type BoardSchool
} from '../../src/shared/board/board-file'
import type { QuickscanAnswer, QuickscanPack } from '../../src/shared/content/quickscan'
import { boardScanFromMerge, type BoardScanExtras } from '../../src/shared/domain/board-scan'
import { mergeQuickscan, type RespondentAnswers } from '../../src/shared/domain/quickscan-merge'
import { boardSeal } from '../../src/main/board/board-seal'

/** A small deterministic generator (mulberry32), so generated schools are the same every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const scale: QuickscanAnswer[] = ['--', '-', '+/-', '+', '++']

/**
 * Respondents of one school: each factor has a school-wide leaning, answers scatter around it,
 * and `unknownFactors` get mostly "?" (a blind spot).
 */
export function generatedRespondents(
  pack: QuickscanPack,
  count: number,
  seed: number,
  unknownFactors: readonly number[] = []
): RespondentAnswers[] {
  const random = seededRandom(seed)
  const leaning = new Map(pack.factors.map((f) => [f.number, 1 + random() * 3]))
  return Array.from({ length: count }, () => ({
    answers: Object.fromEntries(
      pack.questions.map((q) => {
        if (unknownFactors.includes(q.factor) && random() < 0.7) return [q.id, '?']
        const step = Math.round((leaning.get(q.factor) ?? 2) + (random() - 0.5) * 2)
        return [q.id, scale[Math.min(4, Math.max(0, step))] as QuickscanAnswer]
      })
    ),
    grades: Object.fromEntries(pack.clusters.map((c) => [c.id, 4 + Math.floor(random() * 6)]))
  }))
}

export interface GeneratedSchool {
  school: BoardSchool
  date: string
  respondents: RespondentAnswers[]
  extras?: BoardScanExtras
}

/** A sealed board file, built by the same code as the app's export. */
export function boardFileOf(
  pack: QuickscanPack,
  schools: readonly GeneratedSchool[],
  exportedAt = '2026-11-30T10:00:00.000Z'
): BoardFile {
  const entries = schools.map(({ school, date, respondents, extras }) => ({
    school,
    scan: boardScanFromMerge(pack, mergeQuickscan(pack, respondents), date, extras)
  }))
  return {
    format: boardFileFormat,
    formatVersion: boardFileFormatVersion,
    exportedAt,
    appVersion: '0.0.0-test',
    schools: entries,
    seal: boardSeal(entries)
  }
}

/** Reseals a file after a test changed it on purpose (a valid-looking but different file). */
export function resealed(file: BoardFile): BoardFile {
  return { ...file, seal: boardSeal(file.schools) }
}

const sectors = ['PO', 'VO', 'MBO', 'SO'] as const

/** `count` schools of a board, each its own file, with varying team sizes. */
export function generatedBoard(
  pack: QuickscanPack,
  count: number,
  date = '2026-11-20'
): BoardFile[] {
  return Array.from({ length: count }, (_, i) =>
    boardFileOf(pack, [
      {
        school: {
          name: `School ${String(i + 1).padStart(2, '0')}`,
          sector: sectors[i % 4] as (typeof sectors)[number],
          board: 'Stichting Voorbeeld'
        },
        date,
        respondents: generatedRespondents(pack, 5 + (i % 20), 1000 + i, i % 3 === 0 ? [7] : []),
        extras: {
          priorities: [
            {
              clusterId: pack.clusters[i % 2]?.id ?? '',
              priority: `Prioriteit van school ${i + 1}`,
              support: '',
              firstStep: ''
            }
          ]
        }
      }
    ])
  )
}
