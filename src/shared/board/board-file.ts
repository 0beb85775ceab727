import { z } from 'zod'
import { contentIdSchema, factorNumberSchema } from '../content/pack-meta'
import { isoDateSchema } from '../domain/session'

/**
 * The board export (`*.samenspel-bestuur.json`): what one school shares with its school board.
 * Only aggregates of its quickscan — counts per answer, "?" share, median, verdict, cluster-grade
 * medians — never names, cards, notes or one person's answers. Priorities and action titles are
 * in it only when the facilitator ticked them.
 */
export const boardFileFormat = 'samenspel-bestuur'
/** Bumped on every change a reader of an older version would misread. */
export const boardFileFormatVersion = 1
export const boardFileExtension = '.samenspel-bestuur.json'

/** A board has 10–30 schools; one file is normally one school, a combined file stays small. */
export const maxSchoolsPerFile = 100
/** An aggregate file of one school is a few dozen kB; anything near this is not one. */
export const maxBoardFileBytes = 5_000_000
/** Below this many respondents a school's figures say too little to set beside others. */
export const minRespondentsToCompare = 5

export const schoolSectors = ['PO', 'VO', 'MBO', 'SO'] as const
export const schoolSectorSchema = z.enum(schoolSectors)
export type SchoolSector = z.infer<typeof schoolSectorSchema>

/** Who the school is, as the board knows it. */
export const boardSchoolSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    sector: schoolSectorSchema,
    /** The school board's name, when the school filled it in. */
    board: z.string().trim().max(200).optional()
  })
  .strict()
export type BoardSchool = z.infer<typeof boardSchoolSchema>

const count = z.number().int().min(0).max(100_000)

export const answerCountsSchema = z
  .object({ '++': count, '+': count, '+/-': count, '-': count, '--': count, '?': count })
  .strict()

export const boardVerdictSchema = z.enum(['eens', 'verdeeld', 'geen-zicht'])

/** What an item or a factor's pooled answers say; the figures follow from `counts`. */
const aggregateShape = {
  counts: answerCountsSchema,
  /** Share of "?" among those who answered, 0–1. */
  unknownShare: z.number().min(0).max(1),
  /** On the scale ++ = 5 … -- = 1; null when nobody gave a rated answer. */
  median: z.number().min(1).max(5).nullable(),
  verdict: boardVerdictSchema.nullable()
}

export const boardItemSchema = z
  .object({ questionId: contentIdSchema, factor: factorNumberSchema, ...aggregateShape })
  .strict()
export type BoardItem = z.infer<typeof boardItemSchema>

export const boardFactorSchema = z
  .object({ factor: factorNumberSchema, ...aggregateShape })
  .strict()
export type BoardFactor = z.infer<typeof boardFactorSchema>

export const boardClusterSchema = z
  .object({
    clusterId: contentIdSchema,
    /** Median of the respondents' grades 1–10 for the cluster; null when nobody graded it. */
    gradeMedian: z.number().min(1).max(10).nullable(),
    gradeCount: count
  })
  .strict()
export type BoardCluster = z.infer<typeof boardClusterSchema>

export const boardPrioritySchema = z
  .object({ clusterId: contentIdSchema, priority: z.string().trim().min(1).max(5_000) })
  .strict()
export type BoardPriority = z.infer<typeof boardPrioritySchema>

/** One quickscan of the school, as aggregates. */
export const boardScanSchema = z
  .object({
    /** The date of the meeting the quickscan belongs to. */
    date: isoDateSchema,
    pack: z.object({ id: contentIdSchema, version: z.number().int().positive() }).strict(),
    respondents: count,
    /** Fewer than five respondents: "te weinig invullers om te vergelijken". */
    tooFewToCompare: z.boolean(),
    items: z.array(boardItemSchema).max(500),
    factors: z.array(boardFactorSchema).max(10),
    clusters: z.array(boardClusterSchema).max(20),
    /** Only when the facilitator ticked "prioriteiten meesturen". */
    priorities: z.array(boardPrioritySchema).max(20).optional(),
    /** Only when the facilitator ticked "actietitels meesturen": titles, no owners or notes. */
    actionTitles: z.array(z.string().trim().min(1).max(2_000)).max(200).optional()
  })
  .strict()
export type BoardScan = z.infer<typeof boardScanSchema>

export const boardSchoolExportSchema = z
  .object({ school: boardSchoolSchema, scan: boardScanSchema })
  .strict()
export type BoardSchoolExport = z.infer<typeof boardSchoolExportSchema>

export const boardFileSchema = z
  .object({
    format: z.literal(boardFileFormat),
    formatVersion: z.literal(boardFileFormatVersion),
    exportedAt: z.iso.datetime(),
    appVersion: z.string().max(50),
    /** Normally one school; a board office may combine a few into one file. */
    schools: z.array(boardSchoolExportSchema).min(1).max(maxSchoolsPerFile),
    /**
     * SHA-256 (hex) of `schools` as canonical JSON: a seal that shows the figures were not edited
     * by hand or damaged on the way. Not a signature: whoever knows the rule can reseal.
     */
    seal: z.string().regex(/^[0-9a-f]{64}$/)
  })
  .strict()
export type BoardFile = z.infer<typeof boardFileSchema>

/** Just enough to tell which format, version and size a file claims before validating it all. */
export const boardFileHeaderSchema = z.object({
  format: z.string(),
  formatVersion: z.number(),
  schools: z.unknown().optional()
})
