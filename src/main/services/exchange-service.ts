import type { ApiHandlers } from '../../shared/api/contract'
import {
  exportSessionFile,
  serialiseSessionFile,
  sessionFileName
} from '../exchange/export-session'
import { earlierImports, fileDigest } from '../exchange/import-duplicates'
import { importSessionFile } from '../exchange/import-session'
import { parseSessionFile } from '../exchange/parse-session-file'
import { buildReport, reportFileName } from '../report/build-report'
import { reportHistory } from './report-history-service'
import type { ServiceContext } from './service-context'
import { ServiceError } from './service-error'
import { changeSession, sessionNotFound } from './session-service'

type ExchangeHandlers = Pick<
  ApiHandlers,
  | 'report.build'
  | 'session.export'
  | 'session.import'
  | 'session.importCheck'
  | 'report.choices'
  | 'report.setAttributions'
>

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
    'session.importCheck': ({ content }) => ({ earlier: earlierImports(ctx, content) }),
    'session.import': ({ content, again }) => {
      const file = parseSessionFile(content, ctx.content, ctx.ids)
      return ctx.repos.transaction(() => {
        // Asked first: a second identical session is only made when the facilitator chose it.
        const earlier = earlierImports(ctx, content)
        const first = earlier[0]
        if (first && !again) {
          throw new ServiceError('validation', 'error.importAgain', { title: first.title })
        }
        const session = importSessionFile(ctx, file)
        ctx.repos.choices.recordImport({
          sessionId: session.id,
          fileDigest: fileDigest(content),
          sourceSessionId: file.session.id,
          importedAt: ctx.now()
        })
        return session
      })
    },
    'report.choices': ({ sessionId }) => {
      if (!ctx.repos.sessions.get(sessionId)) throw sessionNotFound()
      return { attributions: ctx.repos.choices.attributions(sessionId) }
    },
    'report.setAttributions': ({ sessionId, attributions }) =>
      changeSession(ctx, sessionId, () => {
        ctx.repos.choices.setAttributions(sessionId, attributions)
        return { attributions }
      })
  }
}
