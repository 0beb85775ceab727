import { describe, expect, it } from 'vitest'
import { safeFileName } from '../../../src/main/exchange/file-name'

describe('file names made from a title', () => {
  it('replaces characters Windows, macOS or Linux refuse', () => {
    expect(safeFileName('Team: onderbouw/bovenbouw <2026> "a|b?" *\\', '.samenspel.json')).toBe(
      'Team - onderbouw-bovenbouw 2026 a-b.samenspel.json'
    )
    expect(safeFileName('Regel\neen\ttwee\u0000', '.docx')).toBe('Regel een twee.docx')
  })

  it('reads as the title did: decorations dropped, separators as hyphens', () => {
    expect(safeFileName('a/b: "c"', '.docx')).toBe('a-b - c.docx')
    expect(safeFileName('De Regenboog / Het Anker: "samen"?', '.docx')).toBe(
      'De Regenboog - Het Anker - samen.docx'
    )
    expect(safeFileName('"Wij" - team', '.docx')).toBe('Wij - team.docx')
  })

  it('keeps the spaces even around a replaced colon (no stray hyphen)', () => {
    expect(safeFileName('Voorbeeldsessie: samenwerken met ouders', '.samenspel.json')).toBe(
      'Voorbeeldsessie - samenwerken met ouders.samenspel.json'
    )
  })

  it('neither hides the file nor ends its name in a dot or space', () => {
    expect(safeFileName('..verborgen. ', '.json')).toBe('verborgen.json')
    expect(safeFileName(' ... ', '.json')).toBe('Samenspel.json')
  })

  it('avoids names Windows reserves for devices', () => {
    expect(safeFileName('con', '.json')).toBe('con-.json')
    expect(safeFileName('LPT1', '.docx')).toBe('LPT1-.docx')
  })

  it('keeps a long title within the limit in bytes, without splitting a character', () => {
    const name = safeFileName('é'.repeat(300), '.samenspel.json')
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(200)
    expect(name.endsWith('é.samenspel.json')).toBe(true)
  })
})
