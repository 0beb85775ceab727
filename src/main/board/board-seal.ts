import { createHash } from 'node:crypto'
import type { BoardFile } from '../../shared/board/board-file'
import { canonicalJson } from '../../shared/board/canonical-json'

/** SHA-256 of the schools' figures as canonical JSON; see `boardFileSchema.seal`. */
export function boardSeal(schools: BoardFile['schools']): string {
  return createHash('sha256').update(canonicalJson(schools)).digest('hex')
}
