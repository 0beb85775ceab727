import { Packer } from 'docx'
import type { ContentBundle } from '../../shared/content/content-bundle'
import type { ReportOptions } from '../../shared/domain/report-options'
import type { SessionFile } from '../../shared/exchange/session-file'
import { buildReportModel } from './build-model'
import { renderDocx } from './render-docx'
import { reportText } from './report-text'
import { sanitizeLine } from './sanitize'

export { buildReportModel } from './build-model'

/** The session's Word report (.docx) as bytes. */
export async function buildReport(
  file: SessionFile,
  content: ContentBundle,
  options: ReportOptions
): Promise<Uint8Array> {
  const document = renderDocx(buildReportModel(file, content, options))
  const buffer = await Packer.toBuffer(document)
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

// Forbidden on Windows (<>:"/\|?*), plus controls; '/' is also the only one Linux and macOS refuse.
// eslint-disable-next-line no-control-regex
const unsafeInFileName = /[<>:"/\\|?*\u0000-\u001F\u007F]/g
/** Room for the prefix, date and extension within every system's 255-character limit. */
const maxSchoolLength = 120

/** `Actieplan <school> <yyyy-mm-dd>.docx`, safe as a file name on Windows, macOS and Linux. */
export function reportFileName(file: SessionFile): string {
  const school = sanitizeLine(file.session.school)
    .replace(unsafeInFileName, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxSchoolLength)
    // Windows drops trailing dots and spaces, and a name must not start with one on some shares.
    .replace(/^[\s.]+|[\s.]+$/g, '')
  const parts = [reportText.fileNamePrefix, school, file.session.date].filter(Boolean)
  return `${parts.join(' ')}.docx`
}
