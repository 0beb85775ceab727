import { describe, expect, it } from 'vitest'
import { cell, table } from '../../../src/main/report/blocks'
import { columnWidths } from '../../../src/main/report/render-blocks'

describe('table column widths', () => {
  it('widens a narrow column to its longest word, taken from the wide ones', () => {
    const block = table(
      ['#', 'Wat', 'Draagvlak', 'Opvolging'],
      [1, 12, 1, 1],
      [[cell('1'), cell('Een lange beschrijving van een actie'), cell('Teamvergadering'), cell('')]]
    )
    const widths = columnWidths(block, 14_000)
    // "Teamvergadering": 15 characters must fit on one line.
    expect(widths[2]).toBeGreaterThanOrEqual(15 * 105 + 160)
    expect(widths[3]).toBeGreaterThanOrEqual(9 * 105 + 160)
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(14_000)
    expect(widths[1]).toBeGreaterThan(widths[2] ?? 0)
  })

  it('keeps the weights when every word already fits', () => {
    const block = table(['A', 'B'], [1, 3], [[cell('ja'), cell('nee')]])
    expect(columnWidths(block, 8_000)).toEqual([2_000, 6_000])
  })
})
