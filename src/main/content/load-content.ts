import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  ContentPackError,
  contentPacks,
  parsePack,
  type ContentBundle,
  type ContentPackName
} from '../../shared/content/content-bundle'

/**
 * Reads and validates every pack once at start-up, so a pack a trainer broke stops the app
 * with a message naming the file and field instead of failing half-way through a meeting.
 */
export function loadContent(resourcesDir: string): ContentBundle {
  const load = <N extends ContentPackName>(name: N): ContentBundle[N] => {
    const file = join(resourcesDir, 'content', contentPacks[name].file)
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      throw new ContentPackError(contentPacks[name].file, `het bestand ontbreekt (${file})`)
    }
    return parsePack(name, text)
  }
  return {
    kwaliteitskaart: load('kwaliteitskaart'),
    successFactors: load('successFactors'),
    reference: load('reference'),
    quickscan: load('quickscan')
  }
}

/** The folder in the data directory where a trainer puts adapted packs (same file names). */
export const contentOverrideFolder = 'inhoud'

export type PackSource = 'shipped' | 'override'

export interface LoadedContent {
  content: ContentBundle
  /** Per pack, whether the trainer's copy or the shipped one is in use. */
  sources: Record<ContentPackName, PackSource>
  /** Trainer's packs that were not used, each with the same message a broken shipped pack gives. */
  problems: ContentPackError[]
}

const packNames = Object.keys(contentPacks) as ContentPackName[]

/**
 * The shipped packs, each replaced by the trainer's copy in `overrideDir` where one exists and
 * passes the same validation. A broken copy is reported and skipped — the meeting still starts
 * on the shipped pack — and never changed. A broken *shipped* pack still stops the app.
 */
export function loadContentWithOverrides(resourcesDir: string, overrideDir: string): LoadedContent {
  const content: Record<string, unknown> = { ...loadContent(resourcesDir) }
  const sources = {} as Record<ContentPackName, PackSource>
  const problems: ContentPackError[] = []
  for (const name of packNames) {
    sources[name] = 'shipped'
    const file = join(overrideDir, contentPacks[name].file)
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        problems.push(
          new ContentPackError(contentPacks[name].file, `het bestand is niet te lezen (${code})`)
        )
      }
      continue
    }
    try {
      content[name] = parsePack(name, text)
      sources[name] = 'override'
    } catch (error) {
      if (!(error instanceof ContentPackError)) throw error
      problems.push(error)
    }
  }
  return { content: content as ContentBundle, sources, problems }
}
