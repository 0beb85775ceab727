import type { FactorCell, SchoolRow } from './board-comparison'

export type SchoolOrder =
  { by: 'name' | 'sector' | 'respondents' | 'unknown' } | { by: 'factor'; factor: number }

/** Schools with too few respondents, and cells without a median, always go last. */
export function sortRows(rows: readonly SchoolRow[], order: SchoolOrder, descending = false) {
  const sign = descending ? -1 : 1
  const byName = (a: SchoolRow, b: SchoolRow) => a.school.name.localeCompare(b.school.name, 'nl')
  const meanUnknown = (row: SchoolRow) => {
    const cells = Object.values(row.cells).filter((c): c is FactorCell => c != null)
    return cells.reduce((sum, c) => sum + c.unknownShare, 0) / Math.max(cells.length, 1)
  }
  const value = (row: SchoolRow): number | string | null => {
    switch (order.by) {
      case 'name':
        return null
      case 'sector':
        return row.school.sector
      case 'respondents':
        return row.respondents
      case 'unknown':
        return meanUnknown(row)
      case 'factor':
        return row.cells[order.factor]?.median ?? null
    }
  }
  return [...rows].sort((a, b) => {
    if (a.tooFew !== b.tooFew) return a.tooFew ? 1 : -1
    const va = value(a)
    const vb = value(b)
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1
      return sign * byName(a, b)
    }
    const diff = typeof va === 'number' ? va - (vb as number) : String(va).localeCompare(String(vb))
    return sign * diff || byName(a, b)
  })
}
