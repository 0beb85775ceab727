import { z } from 'zod'
import { boardFileSchema, boardSchoolSchema } from '../board/board-file'
import { idSchema } from '../domain/session'

const fileSchema = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string(),
  contentBase64: z.string()
})

/** The board export of one school and the board's comparison of many (issue 16). */
export const boardMethods = {
  /**
   * The session's quickscan as a `*.samenspel-bestuur.json` file — aggregates only — together
   * with the parsed file, so the facilitator can see exactly what goes in before saving.
   */
  'board.export': {
    input: z
      .object({
        sessionId: idSchema,
        school: boardSchoolSchema,
        includePriorities: z.boolean(),
        includeActions: z.boolean()
      })
      .strict(),
    output: fileSchema.extend({ file: boardFileSchema })
  },
  /**
   * Reads one board file the facilitator opened. A tampered, truncated, newer-version, oversized
   * or non-board file is refused with a Dutch message naming the file. Nothing is stored.
   */
  'board.read': {
    input: z
      .object({ fileName: z.string().min(1).max(255), content: z.string().max(60_000_000) })
      .strict(),
    output: boardFileSchema
  },
  /** The board's Word report of the files read; nothing of them is stored. */
  'board.report': {
    input: z
      .object({
        files: z
          .array(z.object({ fileName: z.string().min(1).max(255), file: boardFileSchema }).strict())
          .min(1)
          .max(500)
      })
      .strict(),
    output: fileSchema
  }
}
