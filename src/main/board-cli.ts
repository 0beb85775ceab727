import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { maxBoardFileBytes } from '../shared/board/board-file'
import { loadContent } from './content/load-content'
import { boardReportFileName, buildBoardReport, type NamedBoardFile } from './board/board-report'
import { BoardFileError, parseBoardFile } from './board/parse-board-file'

/**
 * `npm run board -- <files…> [out.docx]`: the board's Word report of `*.samenspel-bestuur.json`
 * files, built by the same code as the app's board view. A file that cannot be read is named
 * and skipped; the others still make the report.
 */

export interface CliOutput {
  out(line: string): void
  err(line: string): void
}

const usage =
  'Gebruik / usage: npm run board -- <school.samenspel-bestuur.json…> [bestuursoverzicht.docx]'

function readOne(path: string): NamedBoardFile {
  const fileName = basename(path)
  // Size first: a 50 MB file is refused without reading it.
  const size = statSync(path).size
  if (size > maxBoardFileBytes) {
    throw new BoardFileError(`“${fileName}” is te groot voor een bestuursbestand.`)
  }
  return { fileName, file: parseBoardFile(fileName, readFileSync(path, 'utf8')) }
}

/** Returns the exit code: 0 written, 1 could not build or write, 2 bad arguments or no file read. */
export async function main(
  argv: readonly string[],
  io: CliOutput = { out: console.log, err: console.error },
  resourcesDir = join(__dirname, '..', '..', 'resources'),
  today = new Date().toISOString().slice(0, 10)
): Promise<number> {
  const output =
    argv.length > 1 && argv[argv.length - 1]?.endsWith('.docx') ? argv.at(-1) : undefined
  const inputs = output ? argv.slice(0, -1) : [...argv]
  if (inputs.length === 0 || inputs.some((arg) => arg.startsWith('--'))) {
    io.err(usage)
    return 2
  }
  const files: NamedBoardFile[] = []
  for (const path of inputs) {
    try {
      files.push(readOne(path))
    } catch (error) {
      const message =
        error instanceof BoardFileError
          ? error.message
          : `Kan ${path} niet lezen: ${(error as Error).message}`
      io.err(`Overgeslagen / skipped: ${message}`)
    }
  }
  if (files.length === 0) {
    io.err('Geen enkel bestand kon worden gelezen / no file could be read.')
    return 2
  }
  try {
    const content = loadContent(resourcesDir)
    const bytes = await buildBoardReport(files, content.quickscan, today)
    const target = resolve(output ?? boardReportFileName(today))
    writeFileSync(target, bytes)
    io.out(target)
    return 0
  } catch (error) {
    io.err((error as Error).message)
    return 1
  }
}

// Run only as the built entry point (out/main/board-cli.js), not when a test imports `main`.
if (typeof module !== 'undefined' && require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
