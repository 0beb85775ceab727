import { describeValidationError, interpreted } from '../../shared/api/validation'
import type { ContentBundle } from '../../shared/content/content-bundle'
import {
  sessionFileFormat,
  sessionFileFormatVersion,
  sessionFileHeaderSchema,
  sessionFileSchema,
  type SessionFile
} from '../../shared/exchange/session-file'
import type { ContentIds } from '../services/content-ids'
import { ServiceError } from '../services/service-error'
import { contentProblems, referenceProblems, type FileProblem } from './session-file-checks'
import { limitProblems } from './session-file-limits'

const refuse = (message: string): ServiceError => new ServiceError('validation', message)

function parseJson(text: string): unknown {
  try {
    // A byte order mark is what some editors put in front of UTF-8; JSON.parse refuses it.
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw refuse('Dit bestand is geen geldig Samenspel-bestand (het is beschadigd of onvolledig).')
  }
}

/** Format and version first: a newer file deserves "update", not a list of unknown fields. */
function checkHeader(json: unknown): void {
  const header = sessionFileHeaderSchema.safeParse(json, interpreted)
  if (!header.success || header.data.format !== sessionFileFormat) {
    throw refuse('Dit bestand is geen Samenspel-sessiebestand.')
  }
  const { formatVersion } = header.data
  if (formatVersion > sessionFileFormatVersion) {
    throw refuse(
      `Dit bestand is gemaakt met een nieuwere versie van Samenspel (bestandsversie ` +
        `${formatVersion}); werk Samenspel bij om het te openen.`
    )
  }
}

function describe(problems: readonly FileProblem[]): string {
  return problems
    .slice(0, 5)
    .map(({ path, message }) => `veld "${path.join('.')}": ${message}`)
    .join('; ')
}

function checkPacks(file: SessionFile, content: ContentBundle): void {
  for (const name of ['kwaliteitskaart', 'quickscan'] as const) {
    const used = file.content[name].id
    if (used !== content[name].id) {
      throw refuse(
        `Dit sessiebestand hoort bij een ander inhoudspakket ("${used}"); deze versie van ` +
          `Samenspel gebruikt "${content[name].id}".`
      )
    }
  }
}

/**
 * Reads a `*.samenspel.json` file: JSON, then format and version, then every field, then every
 * content id against today's packs, every reference inside the file and the API's limits. Throws a validation
 * error with a Dutch message naming the field at the first step that fails.
 */
export function parseSessionFile(
  text: string,
  content: ContentBundle,
  ids: ContentIds
): SessionFile {
  const json = parseJson(text)
  checkHeader(json)
  const parsed = sessionFileSchema.safeParse(json, interpreted)
  if (!parsed.success) {
    throw refuse(`Dit sessiebestand is ongeldig: ${describeValidationError(parsed.error)}`)
  }
  const file = parsed.data
  checkPacks(file, content)
  const unknown = contentProblems(file, ids)
  if (unknown.length > 0) {
    throw refuse(
      `Dit sessiebestand verwijst naar inhoud die deze versie van Samenspel niet kent: ` +
        describe(unknown)
    )
  }
  const broken = referenceProblems(file)
  if (broken.length > 0) throw refuse(`Dit sessiebestand klopt niet: ${describe(broken)}`)
  const beyond = limitProblems(file)
  if (beyond.length > 0) {
    throw refuse(`Dit sessiebestand bevat meer dan Samenspel bewaart: ${describe(beyond)}`)
  }
  return file
}
