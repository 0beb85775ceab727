import { safeFileName, safeNamePart } from '../exchange/file-name'
import type { ContentBundle } from '../../shared/content/content-bundle'
import type { ReportOptions } from '../../shared/domain/report-options'
import type { SessionFile } from '../../shared/exchange/session-file'
import { buildReportModel } from './build-model'
import { packDocx } from './docx-package'
import { noHistory, type ReportHistory } from './report-history'
import { renderDocx } from './render-docx'
import { reportText } from './report-text'
import { sanitizeLine } from './sanitize'

export { buildReportModel } from './build-model'

/** The session's Word report (.docx) as bytes. */
export async function buildReport(
  file: SessionFile,
  content: ContentBundle,
  options: ReportOptions,
  history: ReportHistory = noHistory
): Promise<Uint8Array> {
  return packDocx(renderDocx(buildReportModel(file, content, options, history)))
}

/** Room for the prefix, date and extension within every system's file-name limit. */
const maxSchoolLength = 120

/** `Actieplan <school> <yyyy-mm-dd>.docx`, safe as a file name on Windows, macOS and Linux. */
export function reportFileName(file: SessionFile): string {
  const school = safeNamePart(
    safeNamePart(sanitizeLine(file.session.school)).slice(0, maxSchoolLength)
  )
  const parts = [reportText.fileNamePrefix, school, file.session.date].filter(Boolean)
  // The same safety rules as a session file's name: illegal characters, reserved names, length.
  return safeFileName(parts.join(' '), '.docx')
}
