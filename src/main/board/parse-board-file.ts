import { describeValidationError, interpreted } from '../../shared/api/validation'
import {
  boardFileFormat,
  boardFileFormatVersion,
  boardFileHeaderSchema,
  boardFileSchema,
  maxBoardFileBytes,
  maxSchoolsPerFile,
  type BoardFile
} from '../../shared/board/board-file'
import { boardFileProblems } from '../../shared/board/board-file-checks'
import { sessionFileFormat } from '../../shared/exchange/session-file'
import { boardSeal } from './board-seal'

/** A board file that cannot be read, with the Dutch reason that names the file. */
export class BoardFileError extends Error {
  override name = 'BoardFileError'
}

const megabytes = (bytes: number) => `${Math.round(bytes / 100_000) / 10} MB`.replace('.', ',')

function parseJson(text: string, refuse: (why: string) => BoardFileError): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw refuse('is beschadigd of onvolledig (het is geen leesbare JSON meer)')
  }
}

/**
 * Cheap checks first — size, JSON, format, version, number of schools — so that a 50 MB file or
 * one claiming 10,000 schools is refused before anything slow looks at it.
 */
function checkHeader(json: unknown, refuse: (why: string) => BoardFileError): void {
  const header = boardFileHeaderSchema.safeParse(json, interpreted)
  if (!header.success || header.data.format !== boardFileFormat) {
    if (header.success && header.data.format === sessionFileFormat) {
      throw refuse(
        'is een sessiebestand, geen bestuursbestand; maak in de sessie een "Export voor het bestuur"'
      )
    }
    throw refuse('is geen Samenspel-bestuursbestand')
  }
  if (header.data.formatVersion > boardFileFormatVersion) {
    throw refuse(
      `komt uit een nieuwere versie van Samenspel (bestandsversie ${header.data.formatVersion}); ` +
        'werk Samenspel bij om het te openen'
    )
  }
  const schools = header.data.schools
  if (Array.isArray(schools) && schools.length > maxSchoolsPerFile) {
    throw refuse(
      `noemt ${schools.length.toLocaleString('nl-NL')} scholen; een bestuursbestand heeft er ` +
        `hoogstens ${maxSchoolsPerFile}`
    )
  }
}

/**
 * Reads a `*.samenspel-bestuur.json` file: size, JSON, header, every field, the seal, and
 * whether the figures agree with each other. Throws a `BoardFileError` whose message starts
 * with the file's name, so a list of refusals says which file each one is about.
 */
export function parseBoardFile(fileName: string, text: string): BoardFile {
  const refuse = (why: string) => new BoardFileError(`“${fileName}” ${why}.`)
  if (text.length > maxBoardFileBytes) {
    throw refuse(
      `is te groot (${megabytes(text.length)}) voor een bestuursbestand (hoogstens ` +
        `${megabytes(maxBoardFileBytes)})`
    )
  }
  const json = parseJson(text, refuse)
  checkHeader(json, refuse)
  const parsed = boardFileSchema.safeParse(json, interpreted)
  if (!parsed.success) throw refuse(`is ongeldig: ${describeValidationError(parsed.error)}`)
  const file = parsed.data
  if (boardSeal(file.schools) !== file.seal) {
    throw refuse(
      'is na het exporteren veranderd (het zegel klopt niet meer); vraag de school om een nieuwe export'
    )
  }
  const problems = boardFileProblems(file)
  if (problems.length > 0) {
    throw refuse(`bevat cijfers die elkaar tegenspreken: ${problems.slice(0, 3).join('; ')}`)
  }
  return file
}
