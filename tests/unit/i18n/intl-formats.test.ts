import { describe, expect, it } from 'vitest'
import { dateTimeFormat, numberFormat } from '../../../src/shared/i18n/intl-formats'
import { formatCalendarDate, formatNumber } from '../../../src/shared/i18n/format'

describe("Intl's formatters, made once", () => {
  it('hands out the same formatter for the same language and options', () => {
    expect(numberFormat('nl-NL', { maximumFractionDigits: 1 })).toBe(
      numberFormat('nl-NL', { maximumFractionDigits: 1 })
    )
    expect(dateTimeFormat('nl-NL', { dateStyle: 'long' })).toBe(
      dateTimeFormat('nl-NL', { dateStyle: 'long' })
    )
  })

  it('keeps languages and options apart', () => {
    expect(numberFormat('nl-NL', { maximumFractionDigits: 1 })).not.toBe(
      numberFormat('en-GB', { maximumFractionDigits: 1 })
    )
    expect(numberFormat('nl-NL', { maximumFractionDigits: 1 }).format(7.25)).toBe('7,3')
    expect(numberFormat('nl-NL', { maximumFractionDigits: 2 }).format(7.25)).toBe('7,25')
    expect(formatNumber('nl', 1000)).toBe('1.000')
    expect(formatNumber('en', 1000)).toBe('1,000')
    expect(formatCalendarDate('nl', '2026-12-01')).toBe('1 december 2026')
    expect(formatCalendarDate('en', '2026-12-01')).toBe('1 December 2026')
  })
})
