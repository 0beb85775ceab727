import type { Backup } from '../../shared/api/backup-methods'

const hourMs = 60 * 60 * 1000
const dayMs = 24 * hourMs

/** Due when the newest daily backup (the list is newest first) is a day old, or there is none. */
export function dailyBackupDue(backups: readonly Backup[], now: Date): boolean {
  const newest = backups.find((backup) => backup.reason === 'dagelijks')
  if (!newest) return true
  const age = now.getTime() - Date.parse(newest.createdAt)
  // A backup from the future means the clock was wrong then or is now: do not wait for it.
  return age >= dayMs || age < 0
}

/**
 * Checks at once and then every hour, so a laptop that stays on for days (or sleeps through
 * the night) still gets its daily backup. Returns the function that stops the checks.
 */
export function startDailyBackups(
  check: () => Promise<unknown>,
  logError: (error: unknown) => void = (error) => console.error('[backup]', error)
): () => void {
  const run = (): void => void check().catch(logError)
  run()
  const timer = setInterval(run, hourMs)
  // A pending check must not keep the browser host (or a test run) alive.
  timer.unref()
  return () => clearInterval(timer)
}
