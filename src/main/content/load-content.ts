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
