import {
  boardFileExtension,
  boardFileFormat,
  boardFileFormatVersion,
  type BoardFile,
  type BoardSchool
} from '../../shared/board/board-file'
import { boardScanFromMerge } from '../../shared/domain/board-scan'
import { mergeQuickscan } from '../../shared/domain/quickscan-merge'
import { safeFileName } from '../exchange/file-name'
import { findQuickscan } from '../services/quickscan-service'
import type { ServiceContext } from '../services/service-context'
import { ServiceError } from '../services/service-error'
import { loadSession } from '../services/session-service'
import { boardSeal } from './board-seal'

export interface BoardExportRequest {
  sessionId: string
  school: BoardSchool
  includePriorities: boolean
  includeActions: boolean
}

/**
 * The session's quickscan as a board file. Built from the merge, so the file can hold nothing
 * of one respondent; priorities and action titles only when asked for.
 */
export function exportBoardFile(ctx: ServiceContext, request: BoardExportRequest): BoardFile {
  const session = loadSession(ctx, request.sessionId)
  const quickscan = findQuickscan(ctx, request.sessionId)
  if (!quickscan || quickscan.respondents.length === 0) {
    throw new ServiceError('validation', 'error.boardNoQuickscan')
  }
  const pack = ctx.content.quickscan
  const merge = mergeQuickscan(pack, quickscan.respondents)
  const actions = request.includeActions ? ctx.repos.actions.listForSession(session.id) : null
  const scan = boardScanFromMerge(pack, merge, session.date, {
    ...(request.includePriorities ? { priorities: quickscan.priorities } : {}),
    ...(actions ? { actionTitles: actions.map((a) => a.what) } : {})
  })
  const schools = [{ school: cleanSchool(request.school), scan }]
  return {
    format: boardFileFormat,
    formatVersion: boardFileFormatVersion,
    exportedAt: ctx.now(),
    appVersion: ctx.appVersion,
    schools,
    seal: boardSeal(schools)
  }
}

function cleanSchool(school: BoardSchool): BoardSchool {
  const board = school.board?.trim()
  return board
    ? { name: school.name.trim(), sector: school.sector, board }
    : { name: school.name.trim(), sector: school.sector }
}

/** `Bestuur <school> <yyyy-mm-dd>.samenspel-bestuur.json`. */
export function boardFileName(file: BoardFile): string {
  const first = file.schools[0]
  const base = first ? `Bestuur ${first.school.name} ${first.scan.date}` : 'Bestuur'
  return safeFileName(base, boardFileExtension)
}

export function serialiseBoardFile(file: BoardFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}
