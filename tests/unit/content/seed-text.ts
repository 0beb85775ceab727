import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The seeds are PDF extractions: words are broken across lines with hyphens, split by stray
 * spaces ("vaardig heden") and prefixed by bullets. Comparing with all of that removed still
 * checks every letter, digit and punctuation mark of a pack item in order.
 */
export function normaliseForSeedComparison(text: string): string {
  return text.replace(/[\s\u00AD\u200B•·▪●◦\-‐‑–—]/g, '')
}

const seedDir = join(__dirname, '..', '..', 'fixtures', 'seeds')

export function readSeed(fileName: string): string {
  return readFileSync(join(seedDir, fileName), 'utf8')
}

/** True when `item` occurs in the seed, word for word, once whitespace and hyphenation are normalised. */
export function seedContains(seedText: string, item: string): boolean {
  return normaliseForSeedComparison(seedText).includes(normaliseForSeedComparison(item))
}
