import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reportText } from '../../../src/main/report/report-text'
import { allMessageModules } from '../../helpers/i18n-modules'

const glossary = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'glossary.md'), 'utf8')

/** The first column of the table under a heading of docs/glossary.md. */
function firstColumn(heading: string): string[] {
  const section = glossary.split(/^## /m).find((part) => part.startsWith(heading))
  if (!section) throw new Error(`docs/glossary.md has no section "${heading}"`)
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2) // header and separator
    .map((line) => line.split('|')[1]?.trim() ?? '')
    .filter(Boolean)
}

const dutch = allMessageModules.flatMap((module) => Object.entries(module.nl))
const forbidden = firstColumn('Forbidden words')
const infinitives = firstColumn('Button labels')
const keyPattern = (pattern: string) =>
  new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^]*')}$`)
const fragments = firstColumn('Sentence case').map(keyPattern)
const nativeMenus = firstColumn('Native menus').map(keyPattern)

/** The message's text without placeholders, whose names are code, not Dutch. */
const words = (text: string) => text.replace(/\{\w+\}/g, ' ')

function forbiddenIn(text: string): string[] {
  return forbidden.filter((word) =>
    new RegExp(`(^|[^\\p{L}-])${word}($|[^\\p{L}-])`, 'iu').test(words(text))
  )
}

/**
 * Every text of the Word report (its own Dutch module, not translated): strings as they are, and
 * what each wording function returns for a few sample arguments (singular and plural counts,
 * words), so a template's fixed words are read too.
 */
function reportTexts(node: unknown, path: string): [string, string][] {
  if (typeof node === 'string') return [[path, node]]
  if (typeof node === 'function') {
    const samples = [1, 2, 'X'].flatMap((sample) => {
      try {
        const text: unknown = (node as (...args: unknown[]) => unknown)(
          ...Array.from({ length: Math.max(node.length, 1) }, () => sample)
        )
        return typeof text === 'string' ? [text] : []
      } catch {
        return []
      }
    })
    return samples.map((text) => [path, text])
  }
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => reportTexts(value, `${path}.${key}`))
  }
  return []
}
const report = reportTexts(reportText, 'report')

describe('the glossary (docs/glossary.md) in every Dutch message', () => {
  it('reads its tables', () => {
    expect(forbidden).toContain('kaartje')
    expect(forbidden).toContain('reservekopie')
    expect(forbidden).toContain('uw')
    expect(infinitives).toContain('Opslaan')
    expect(fragments.length).toBeGreaterThan(5)
    expect(nativeMenus.map(String)).toEqual(['/^menu\\.[^]*$/', '/^context\\.[^]*$/'])
  })

  it('uses no forbidden variant of a word', () => {
    const found = dutch.flatMap(([key, text]) => forbiddenIn(text).map((word) => `${key}: ${word}`))
    expect(found).toEqual([])
  })

  it('uses no forbidden variant in the Word report either', () => {
    expect(report.length).toBeGreaterThan(150)
    expect(report).toContainEqual(['report.summary.moreActions', 'En 1 andere actie.'])
    const found = report.flatMap(([key, text]) =>
      forbiddenIn(text).map((word) => `${key}: ${word}`)
    )
    expect(found).toEqual([])
  })

  it('labels buttons with an imperative, not an infinitive', () => {
    const found = dutch
      .filter(([key]) => !nativeMenus.some((pattern) => pattern.test(key)))
      .filter(([, text]) => text.split(/\s+/).length <= 5)
      .filter(([, text]) => infinitives.includes(text.split(/[\s…(:]/)[0] ?? ''))
      .map(([key, text]) => `${key}: ${text}`)
    expect(found).toEqual([])
  })

  it('starts every message with a capital, except the fragments it names', () => {
    const found = dutch
      .filter(([key]) => !fragments.some((pattern) => pattern.test(key)))
      .filter(([, text]) => /^\p{Ll}/u.test(text))
      .map(([key, text]) => `${key}: ${text}`)
    expect(found).toEqual([])
  })

  it('catches what it is meant to catch', () => {
    expect(forbiddenIn('Dit kaartje is weg')).toEqual(['kaartje'])
    expect(forbiddenIn('Uw antwoord')).toEqual(['uw'])
    expect(forbiddenIn('De Kwaliteitskaart en een back-up')).toEqual([])
    expect(forbiddenIn('Zet de reservekopie terug')).toEqual(['reservekopie'])
    expect(forbiddenIn('{count} bijdragen')).toEqual([])
  })
})
