import type { ApiHandlers } from '../../shared/api/contract'
import {
  exportSessionFile,
  serialiseSessionFile,
  sessionFileName
} from '../exchange/export-session'
import { importSessionFile } from '../exchange/import-session'
import { parseSessionFile } from '../exchange/parse-session-file'
import { buildReport, reportFileName } from '../report/build-report'
import { reportHistory } from './report-history-service'
import type { ServiceContext } from './service-context'

type ExchangeHandlers = Pick<ApiHandlers, 'report.build' | 'session.export' | 'session.import'>

const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const base64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64')

/** The Word report and the session file: both built from the same export of the session. */
export function createExchangeService(ctx: ServiceContext): ExchangeHandlers {
  return {
    'report.build': async ({ sessionId, options }) => {
      const file = exportSessionFile(ctx, sessionId)
      const bytes = await buildReport(
        file,
        ctx.content,
        options,
        await reportHistory(ctx, sessionId)
      )
      return {
        fileName: reportFileName(file),
        mimeType: docxMimeType,
        contentBase64: base64(bytes)
      }
    },
    'session.export': ({ sessionId }) => {
      const file = exportSessionFile(ctx, sessionId)
      return {
        fileName: sessionFileName(file),
        mimeType: 'application/json',
        contentBase64: base64(serialiseSessionFile(file))
      }
    },
    'session.import': ({ content }) =>
      importSessionFile(ctx, parseSessionFile(content, ctx.content, ctx.ids))
  }
}
