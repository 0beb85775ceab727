import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describeValidationError, interpreted } from '../shared/api/validation'
import { defaultReportOptions } from '../shared/domain/report-options'
import {
  sessionFileFormat,
  sessionFileFormatVersion,
  sessionFileHeaderSchema,
  sessionFileSchema,
  type SessionFile
} from '../shared/exchange/session-file'
import type { Locale } from '../shared/i18n/locale'
import type { Translate } from '../shared/i18n/translator'
import { cliLocale, cliText, type CliKey } from './cli-text'
import { loadContent } from './content/load-content'
import { buildReport, reportFileName } from './report/build-report'
import { noHistory, type ReportHistory } from './report/report-history'

/**
 * `npm run report -- <file.samenspel.json> [out.docx] [--attributions]`: the Word report of an
 * exported session, built by the same code as the app's "Verslag maken".
 */

/** What the file itself holds of the report's history: its votes and themes. */
function fileHistory(file: SessionFile): ReportHistory {
  const sessionId = file.session.id
  return {
    ...noHistory,
    votes: (file.votes ?? []).map((round) => ({ ...round, sessionId })),
    themes: (file.themes ?? []).map((theme) => ({ ...theme, sessionId }))
  }
}

export interface CliOutput {
  out(line: string): void
  err(line: string): void
}

/** Bad input from the user: exit code 2, with a message in the terminal's language. */
class InputError extends Error {}

function readSessionFile(path: string, say: Translate<CliKey>): SessionFile {
  let text: string
  let json: unknown
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new InputError(say('cli.report.unreadable', { path, reason: (error as Error).message }))
  }
  try {
    json = JSON.parse(text)
  } catch (error) {
    const reason = (error as Error).message
    throw new InputError(say('cli.report.notJson', { path, reason }))
  }
  const header = sessionFileHeaderSchema.safeParse(json, interpreted)
  if (!header.success || header.data.format !== sessionFileFormat) {
    throw new InputError(say('cli.report.notSessionFile', { path }))
  }
  if (header.data.formatVersion > sessionFileFormatVersion) {
    throw new InputError(
      say('cli.report.newer', { path, version: String(header.data.formatVersion) })
    )
  }
  const parsed = sessionFileSchema.safeParse(json, interpreted)
  if (!parsed.success) {
    const detail = describeValidationError(parsed.error)
    throw new InputError(say('cli.report.invalid', { path, detail }))
  }
  return parsed.data
}

interface Args {
  input: string
  output: string | undefined
  attributions: boolean
}

function parseArgs(argv: readonly string[], say: Translate<CliKey>): Args {
  const flags = argv.filter((arg) => arg.startsWith('--'))
  const paths = argv.filter((arg) => !arg.startsWith('--'))
  const known = ['--attributions', '--no-attributions']
  const unknown = flags.filter((flag) => !known.includes(flag))
  const [input, output] = paths
  if (!input || paths.length > 2 || unknown.length > 0)
    throw new InputError(say('cli.report.usage'))
  // Names only when asked for, and never when also asked to leave them out.
  const attributions = flags.includes('--attributions') && !flags.includes('--no-attributions')
  return { input, output, attributions }
}

/** Returns the exit code: 0 written, 1 could not build or write, 2 bad arguments or input. */
export async function main(
  argv: readonly string[],
  io: CliOutput = { out: console.log, err: console.error },
  resourcesDir = join(__dirname, '..', '..', 'resources'),
  locale: Locale = cliLocale()
): Promise<number> {
  const say = cliText(locale)
  try {
    const args = parseArgs(argv, say)
    const file = readSessionFile(args.input, say)
    const content = loadContent(resourcesDir)
    const options = { ...defaultReportOptions, attributions: args.attributions }
    const bytes = await buildReport(file, content, options, fileHistory(file))
    const output = resolve(args.output ?? reportFileName(file))
    writeFileSync(output, bytes)
    io.out(output)
    return 0
  } catch (error) {
    io.err((error as Error).message)
    return error instanceof InputError ? 2 : 1
  }
}

// Run only as the built entry point (out/main/report-cli.js), not when a test imports `main`.
if (typeof module !== 'undefined' && require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
