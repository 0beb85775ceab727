import { z } from 'zod'

export const backupSchema = z.object({
  fileName: z.string(),
  createdAt: z.iso.datetime(),
  sizeBytes: z.number().int().nonnegative(),
  /** Why it was made: when a session was closed, the daily one, or on request. */
  reason: z.enum(['sessie-gesloten', 'dagelijks', 'handmatig', 'voor-herstel']),
  /** The session whose closing made it (`sessie-gesloten`); null for any other backup. */
  sessionTitle: z.string().nullable().default(null)
})
export type Backup = z.infer<typeof backupSchema>

/** What start-up found wrong with the database, told to the facilitator once. */
export const startupProblemSchema = z.object({
  kind: z.enum(['geen-database', 'afgekapt', 'kop-beschadigd', 'pagina-beschadigd']),
  /** Where the damaged file was moved to (it is never overwritten or deleted). */
  movedTo: z.string(),
  /** The newest backup, offered for restoring; null when there is none. */
  newestBackup: backupSchema.nullable()
})
export type StartupProblem = z.infer<typeof startupProblemSchema>

/** Backups (SQLite's online backup API) and what start-up found. */
export const backupMethods = {
  'backup.list': { input: z.object({}).strict(), output: z.array(backupSchema) },
  'backup.create': { input: z.object({}).strict(), output: backupSchema },
  /**
   * Replaces the current data by a backup; the current data is first saved as a backup of its
   * own (reason `voor-herstel`), so a restore can itself be undone.
   */
  'backup.restore': {
    input: z.object({ fileName: z.string().max(255) }).strict(),
    output: z.object({ restored: z.boolean() })
  },
  /** Tells the app a session was closed (the facilitator left it): a backup is made. */
  'session.close': {
    input: z.object({ sessionId: z.uuid() }).strict(),
    output: z.object({ backup: backupSchema.nullable() })
  },
  /** A damaged database found at start-up, or null; asked once by the renderer. */
  'app.startupProblem': { input: z.object({}).strict(), output: startupProblemSchema.nullable() }
}
