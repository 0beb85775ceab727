import { z } from 'zod'
import { reportOptionsSchema } from '../domain/report-options'
import { idSchema, sessionSchema } from '../domain/session'

/** A file the renderer can save: Electron through a save dialog, a browser as a download. */
const fileSchema = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string(),
  contentBase64: z.string()
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
    input: z.object({ content: z.string().max(50_000_000) }).strict(),
    output: sessionSchema
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
