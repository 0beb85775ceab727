import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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
