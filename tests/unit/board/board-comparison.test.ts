import { describe, expect, it } from 'vitest'
import type { BoardFile, BoardSchool } from '../../../src/shared/board/board-file'
import { compareBoard, type LoadedScan } from '../../../src/shared/domain/board-comparison'
import { sortRows } from '../../../src/shared/domain/board-order'
import type { QuickscanAnswer } from '../../../src/shared/content/quickscan'
import type { RespondentAnswers } from '../../../src/shared/domain/quickscan-merge'
import { boardFileOf, generatedRespondents } from '../../helpers/board-files'
import { testContent } from '../../helpers/test-core'

const pack = testContent().quickscan
const factors = pack.factors.map((f) => f.number)

const school = (name: string, sector: BoardSchool['sector'] = 'VO'): BoardSchool => ({
  name,
  sector
})

/** `count` respondents who all give `answer` to every question. */
const alike = (count: number, answer: QuickscanAnswer): RespondentAnswers[] =>
  Array.from({ length: count }, () => ({
    answers: Object.fromEntries(pack.questions.map((q) => [q.id, answer])),
    grades: {}
  }))

function scansOf(file: BoardFile, fileName = 'a.samenspel-bestuur.json'): LoadedScan[] {
  return file.schools.map(({ school: s, scan }) => ({ school: s, scan, fileName }))
}

const loaded = (name: string, respondents: RespondentAnswers[], date = '2026-11-20') =>
  scansOf(boardFileOf(pack, [{ school: school(name), date, respondents }]), `${name}.json`)

describe('comparing schools on the success factors', () => {
  it('weighs each school once, whatever its number of respondents', () => {
    const big = loaded('Groot', alike(40, '++'))
    const small = loaded('Klein', alike(5, '--'))
    const result = compareBoard([...big, ...small], factors)
    expect(result.rows.map((r) => r.respondents)).toEqual([40, 5])
    const spread = result.spreads[0]?.spread
    // One school at 5, one at 1: the schools' median lies between them, not near the big one.
    expect(spread).toMatchObject({ min: 1, max: 5, median: 3 })
    expect(result.spreads[0]?.schools).toBe(2)
  })

  it('shows a school with fewer than five respondents but leaves it out of the figures', () => {
    const result = compareBoard(
      [...loaded('Groot', alike(8, '+')), ...loaded('Piepklein', alike(3, '--'))],
      factors
    )
    const tiny = result.rows.find((r) => r.school.name === 'Piepklein')
    expect(tiny?.tooFew).toBe(true)
    expect(result.spreads[0]?.schools).toBe(1)
    expect(result.spreads[0]?.spread?.median).toBe(4)
  })

  it('reads a factor answered only with "?" as a blind spot without a median', () => {
    const allUnknown = compareBoard(
      [...loaded('A', alike(6, '?')), ...loaded('B', alike(6, '?')), ...loaded('C', alike(6, '+'))],
      factors
    )
    const cell = allUnknown.rows[0]?.cells[1]
    expect(cell).toMatchObject({ median: null, verdict: 'geen-zicht', unknownShare: 1 })
    expect(allUnknown.blindSpots.map((b) => b.factor)).toEqual(factors)
    expect(allUnknown.blindSpots[0]).toMatchObject({ schools: 2, of: 3 })
    // Only one of three schools blind: not "everywhere".
    const once = compareBoard(
      [...loaded('A', alike(6, '?')), ...loaded('B', alike(6, '+')), ...loaded('C', alike(6, '+'))],
      factors
    )
    expect(once.blindSpots).toEqual([])
  })

  it('compares only the items every school has when a file misses items', () => {
    const full = boardFileOf(pack, [
      { school: school('Vol'), date: '2026-11-20', respondents: alike(6, '++') }
    ])
    const partial = boardFileOf(pack, [
      { school: school('Half'), date: '2026-11-20', respondents: alike(6, '--') }
    ])
    const dropped = pack.questions.filter((q) => q.factor === 2).map((q) => q.id)
    const scan = partial.schools[0]?.scan
    if (!scan) throw new Error('no scan')
    scan.items = scan.items.filter((i) => !dropped.includes(i.questionId))
    const result = compareBoard([...scansOf(full), ...scansOf(partial)], factors)
    expect(result.rows.every((r) => r.cells[2] === null)).toBe(true)
    expect(result.rows.find((r) => r.school.name === 'Vol')?.cells[1]?.median).toBe(5)
    expect(result.comparedItemIds).toHaveLength(pack.questions.length - dropped.length)
  })

  it('says which pack versions were mixed and compares on the shared items only', () => {
    const v1 = boardFileOf(pack, [
      { school: school('Oud'), date: '2026-11-20', respondents: alike(6, '+') }
    ])
    const v2 = boardFileOf({ ...pack, version: pack.version + 1 }, [
      { school: school('Nieuw'), date: '2026-11-20', respondents: alike(6, '+') }
    ])
    const newScan = v2.schools[0]?.scan
    if (!newScan) throw new Error('no scan')
    const removed = newScan.items.shift()
    const result = compareBoard([...scansOf(v1), ...scansOf(v2)], factors)
    expect(result.versionNote?.versions.map((v) => [v.version, v.schools])).toEqual([
      [pack.version, 1],
      [pack.version + 1, 1]
    ])
    expect(result.versionNote?.leftOutItems).toEqual([`${pack.id}/${removed?.questionId}`])
    expect(result.versionNote?.comparedItems).toBe(pack.questions.length - 1)
  })

  it('counts two exports of the same school and date once, and says so', () => {
    const file = boardFileOf(pack, [
      { school: school('Dubbel'), date: '2026-11-20', respondents: alike(6, '+') }
    ])
    const twice = [...scansOf(file, 'een.json'), ...scansOf(file, 'twee.json')]
    const respelled = { ...twice[1], school: school('  dubbel ') } as LoadedScan
    const result = compareBoard([twice[0] as LoadedScan, respelled], factors)
    expect(result.rows).toHaveLength(1)
    expect(result.duplicates).toEqual([
      { school: 'Dubbel', date: '2026-11-20', fileNames: ['een.json', 'twee.json'] }
    ])
  })

  it('gives each school its change since its previous export', () => {
    const before = loaded('Groeier', alike(6, '-'), '2025-11-20')
    const after = loaded('Groeier', alike(6, '+'), '2026-11-20')
    const result = compareBoard([...after, ...before], factors)
    expect(result.rows).toHaveLength(1)
    const row = result.rows[0]
    expect(row?.date).toBe('2026-11-20')
    expect(row?.previous?.date).toBe('2025-11-20')
    expect(row?.previous?.factors[0]).toMatchObject({ change: 2 })
    expect(row?.previous?.samePack).toBe(true)
  })

  it('lists the clusters that two or more schools chose as a priority', () => {
    const cluster = pack.clusters[0]?.id ?? ''
    const withPriority = (name: string, priority: string) =>
      scansOf(
        boardFileOf(pack, [
          {
            school: school(name),
            date: '2026-11-20',
            respondents: generatedRespondents(pack, 6, name.length),
            extras: { priorities: [{ clusterId: cluster, priority, support: '', firstStep: '' }] }
          }
        ])
      )
    const result = compareBoard(
      [
        ...withPriority('A', 'Ouders vaker bellen'),
        ...withPriority('B', 'Welkomstgesprek'),
        ...loaded('C', alike(6, '+'))
      ],
      factors
    )
    expect(result.commonPriorities).toEqual([
      {
        clusterId: cluster,
        schools: [
          { name: 'A', priority: 'Ouders vaker bellen' },
          { name: 'B', priority: 'Welkomstgesprek' }
        ]
      }
    ])
  })

  it('sorts schools by a factor, keeping those with too few respondents last', () => {
    const result = compareBoard(
      [
        ...loaded('Hoog', alike(6, '++')),
        ...loaded('Laag', alike(6, '--')),
        ...loaded('Mini', alike(2, '++'))
      ],
      factors
    )
    const names = (order: Parameters<typeof sortRows>[1], desc = false) =>
      sortRows(result.rows, order, desc).map((r) => r.school.name)
    expect(names({ by: 'factor', factor: 1 })).toEqual(['Laag', 'Hoog', 'Mini'])
    expect(names({ by: 'factor', factor: 1 }, true)).toEqual(['Hoog', 'Laag', 'Mini'])
    expect(names({ by: 'name' })).toEqual(['Hoog', 'Laag', 'Mini'])
  })
})
