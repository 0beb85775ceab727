import type { QuickscanPack } from '../../shared/content/quickscan'
import {
  compareBoard,
  loadedScans,
  type NamedBoardFile
} from '../../shared/domain/board-comparison'
import { safeFileName } from '../exchange/file-name'
import { buildBoardReportModel } from './report/board-report-model'
import { boardReportText } from './report/board-report-text'
import { packBoardDocx } from './report/render-board-docx'

export type { NamedBoardFile }

/** The board's Word report of the files, compared on the pack's success factors. */
export async function buildBoardReport(
  files: readonly NamedBoardFile[],
  pack: Pick<QuickscanPack, 'factors' | 'clusters'>,
  today: string
): Promise<Uint8Array> {
  const comparison = compareBoard(
    loadedScans(files),
    pack.factors.map((f) => f.number)
  )
  return packBoardDocx(buildBoardReportModel(comparison, pack, today, files.length))
}

/** `Bestuursoverzicht <yyyy-mm-dd>.docx`. */
export function boardReportFileName(today: string): string {
  return safeFileName(`${boardReportText.fileNamePrefix} ${today}`, '.docx')
}
