import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  chromiumLocale,
  lastLanguage,
  rememberLanguage
} from '../../../src/main/electron/chromium-locale'

const made: string[] = []
const profile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'samenspel-locale-'))
  made.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('Chromium’s own locale', () => {
  it('is Dutch on a fresh profile, and the language chosen last after that', () => {
    const dir = profile()
    expect(lastLanguage(dir)).toBe('nl')
    rememberLanguage(dir, 'en')
    expect(lastLanguage(dir)).toBe('en')
    expect(readFileSync(join(dir, 'taal.txt'), 'utf8')).toBe('en')
    rememberLanguage(dir, 'nl')
    expect(lastLanguage(dir)).toBe('nl')
  })

  it('is Dutch when the stored language is not one Samenspel speaks, or is unreadable', () => {
    const dir = profile()
    writeFileSync(join(dir, 'taal.txt'), 'de\n')
    expect(lastLanguage(dir)).toBe('nl')
    writeFileSync(join(dir, 'taal.txt'), ' en \n')
    expect(lastLanguage(dir)).toBe('en')
    expect(lastLanguage(join(dir, 'bestaat-niet'))).toBe('nl')
  })

  it('is not kept, without an error, where the profile cannot be written', () => {
    // A file where the profile's folder should be: refused even to root.
    const blocked = join(profile(), 'profiel')
    writeFileSync(blocked, '')
    expect(() => rememberLanguage(join(blocked, 'Samenspel'), 'en')).not.toThrow()
    expect(lastLanguage(join(blocked, 'Samenspel'))).toBe('nl')
  })

  it('names locales Chromium ships, with the day before the month', () => {
    expect(chromiumLocale('nl')).toBe('nl')
    expect(chromiumLocale('en')).toBe('en-GB')
  })
})
