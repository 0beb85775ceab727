import type { ApiHandlers } from '../../shared/api/contract'
import { ServiceError } from '../services/service-error'
import type { ServiceContext } from '../services/service-context'
import { boardReportFileName, buildBoardReport } from './board-report'
import { boardSeal } from './board-seal'
import { boardFileName, exportBoardFile, serialiseBoardFile } from './export-board-file'
import { BoardFileError, parseBoardFile } from './parse-board-file'

type BoardHandlers = Pick<ApiHandlers, 'board.export' | 'board.read' | 'board.report'>

const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const base64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64')

/**
 * The board export and the board view's files. Nothing here writes to the database: board
 * files are read, compared and turned into a report in memory only.
 */
export function createBoardService(ctx: ServiceContext): BoardHandlers {
  return {
    'board.export': (request) => {
      const file = exportBoardFile(ctx, request)
      return {
        file,
        fileName: boardFileName(file),
        mimeType: 'application/json',
        contentBase64: base64(serialiseBoardFile(file))
      }
    },
    'board.read': ({ fileName, content }) => {
      try {
        return parseBoardFile(fileName, content)
      } catch (error) {
        if (error instanceof BoardFileError) throw new ServiceError('validation', error.message)
        throw error
      }
    },
    'board.report': async ({ files }) => {
      // The renderer hands back what `board.read` accepted; a changed figure breaks the seal.
      for (const { fileName, file } of files) {
        if (boardSeal(file.schools) !== file.seal) {
          throw new ServiceError('validation', 'error.boardFileChanged', { file: fileName })
        }
      }
      const today = ctx.now().slice(0, 10)
      const bytes = await buildBoardReport(files, ctx.content.quickscan, today)
      return {
        fileName: boardReportFileName(today),
        mimeType: docxMimeType,
        contentBase64: base64(bytes)
      }
    }
  }
}
