import type { StartupProblem } from '../../shared/api/backup-methods'
import { formatDateTime } from '../../shared/i18n/format'
import { cliLocale, cliText } from '../cli-text'

/** The start-up problem in words, for the browser host's terminal and the app's log. */
export function describeStartupProblem(problem: StartupProblem, locale = cliLocale()): string {
  const say = cliText(locale)
  const backup = problem.newestBackup
  const offer = backup
    ? say('cli.startup.newestBackup', {
        date: formatDateTime(locale, backup.createdAt),
        fileName: backup.fileName
      })
    : say('cli.startup.noBackup')
  return [
    say(`cli.startup.${problem.kind}`),
    say('cli.startup.movedTo', { path: problem.movedTo }),
    say('cli.startup.emptyDatabase'),
    offer
  ].join('\n')
}
