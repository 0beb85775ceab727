import { constants, copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { contentPacks, type ContentPackName } from '../../shared/content/content-bundle'

export type ExportResult =
  | { outcome: 'exported'; path: string }
  | { outcome: 'exists'; path: string }
  | { outcome: 'failed'; path: string; code: string }

/**
 * Puts a copy of the shipped pack into the trainer's own content folder as a starting point.
 * An existing copy there is the trainer's work: it is never overwritten.
 */
export function exportShippedPack(
  resourcesDir: string,
  overrideDir: string,
  name: ContentPackName
): ExportResult {
  const file = contentPacks[name].file
  const path = join(overrideDir, file)
  try {
    mkdirSync(overrideDir, { recursive: true })
    // Fails with EEXIST instead of replacing the trainer's file.
    copyFileSync(join(resourcesDir, 'content', file), path, constants.COPYFILE_EXCL)
    return { outcome: 'exported', path }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'onbekende fout'
    return code === 'EEXIST' ? { outcome: 'exists', path } : { outcome: 'failed', path, code }
  }
}
