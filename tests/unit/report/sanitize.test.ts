import { describe, expect, it } from 'vitest'
import { reportFileName } from '../../../src/main/report/build-report'
import { dutchDate, dutchNumber } from '../../../src/main/report/format'
import { sanitizeLine, sanitizeText, textLines } from '../../../src/main/report/sanitize'
import { emptySession } from './fixtures'

describe('sanitizeText', () => {
  it('drops C0 controls but keeps tab and newline', () => {
    expect(sanitizeText('a\u0000b\u0007c\td\ne\u001Ff')).toBe('abc\td\nef')
  })

  it('drops U+FFFE and U+FFFF, which docx passes on and Word cannot open', () => {
    expect(sanitizeText('x\uFFFEy\uFFFFz')).toBe('xyz')
  })

  it('replaces lone surrogates and keeps pairs', () => {
    expect(sanitizeText('a\uD800b\uDC00c😀')).toBe('a\uFFFDb\uFFFDc😀')
    expect(sanitizeText('\uD83D')).toBe('\uFFFD')
  })

  it('turns CRLF and CR into newlines, and lines into separate runs', () => {
    expect(textLines('een\r\ntwee\rdrie\nvier')).toEqual(['een', 'twee', 'drie', 'vier'])
    expect(sanitizeLine('een\ntwee\tdrie')).toBe('een twee drie')
  })

  // How fast is the report's business (npm run bench), not a timed test's.
  it('cleans 100,000 characters, keeping every allowed one in order', () => {
    const long = 'ab\uFFFF\u0001'.repeat(25_000)
    expect(sanitizeText(long)).toBe('ab'.repeat(25_000))
  })
})

describe('reportFileName', () => {
  const named = (school: string, date = '2026-11-22') => {
    const file = emptySession()
    file.session.school = school
    file.session.date = date
    return reportFileName(file)
  }

  it('names the file after the school and the date', () => {
    expect(named('OBS De Regenboog')).toBe('Actieplan OBS De Regenboog 2026-11-22.docx')
  })

  it('leaves the school out cleanly when there is none', () => {
    expect(named('')).toBe('Actieplan 2026-11-22.docx')
    expect(named(' ... ')).toBe('Actieplan 2026-11-22.docx')
  })

  it('replaces characters Windows, macOS or Linux refuse', () => {
    const name = named('De Ster / Noord: "A|B" <C> * ? \\ \u0001\uFFFF.')
    expect(name).toBe('Actieplan De Ster - Noord - A-B C 2026-11-22.docx')
    for (const ch of '<>:"/\\|?*\u0001\uFFFF') expect(name).not.toContain(ch)
  })

  it('reads a school like a/b: "c" as the school reads, not as "a - b - c"', () => {
    expect(named('a/b: "c"')).toBe('Actieplan a-b - c 2026-11-22.docx')
  })

  it('stays well under the 255-character limit', () => {
    expect(named('School '.repeat(40)).length).toBeLessThan(160)
  })
})

describe('Dutch formats', () => {
  it('writes dates as "22 november 2026" without shifting the day', () => {
    expect(dutchDate('2026-11-22')).toBe('22 november 2026')
    expect(dutchDate('2027-01-01')).toBe('1 januari 2027')
    expect(dutchDate('2027-03-08')).toBe('8 maart 2027')
    expect(dutchDate('2026-12-31')).toBe('31 december 2026')
  })

  it('writes decimals with a comma', () => {
    expect(dutchNumber(7.5)).toBe('7,5')
    expect(dutchNumber(8)).toBe('8')
  })
})
