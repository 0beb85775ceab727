import { z } from 'zod'
import { reportOptionsSchema } from '../domain/report-options'
import { idSchema, sessionSchema } from '../domain/session'

/** A file the renderer can save: Electron through a save dialog, a browser as a download. */
const fileSchema = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string(),
  contentBase64: z.string()
})

/** A session on this laptop that came from the same file (or is its source). */
const earlierImportSchema = z.object({
  sessionId: idSchema,
  title: z.string(),
  date: z.string(),
  /** When it was imported; null for the session the file was exported from. */
  importedAt: z.iso.datetime().nullable()
})

/** The Word report, saving files, and the session file format (*.samenspel.json). */
export const reportMethods = {
  /** Builds the session's Word report; default name `Actieplan <school> <yyyy-mm-dd>.docx`. */
  'report.build': {
    input: z.object({ sessionId: idSchema, options: reportOptionsSchema }).strict(),
    output: fileSchema
  },
  /** The whole session as a versioned `*.samenspel.json` file. */
  'session.export': { input: z.object({ sessionId: idSchema }).strict(), output: fileSchema },
  /**
   * Imports a `*.samenspel.json` file as a new session. A bad, truncated or newer-version file
   * is refused with a Dutch message and nothing is stored.
   */
  'session.import': {
    input: z
      .object({
        content: z.string().max(50_000_000),
        /** The facilitator saw that this file was imported before and wants another copy. */
        again: z.boolean().default(false)
      })
      .strict(),
    output: sessionSchema
  },
  /**
   * The sessions already imported from this file (or from another export of the same
   * session, or the session itself when it is on this laptop): asked before importing again.
   */
  'session.importCheck': {
    input: z.object({ content: z.string().max(50_000_000) }).strict(),
    output: z.object({ earlier: z.array(earlierImportSchema).max(1_000) })
  },
  /** Whether this session's report names who said what: off until the facilitator chooses. */
  'report.choices': {
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ attributions: z.boolean() })
  },
  'report.setAttributions': {
    input: z.object({ sessionId: idSchema, attributions: z.boolean() }).strict(),
    output: z.object({ attributions: z.boolean() })
  },
  /**
   * Asks where to save a file and writes it. Only the desktop app can; the browser host answers
   * `saved: false` and the renderer downloads the file instead.
   */
  'file.save': {
    input: fileSchema.extend({ title: z.string().max(200) }).strict(),
    output: z.object({ saved: z.boolean(), path: z.string().nullable() })
  }
}
