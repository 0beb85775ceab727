import Ajv2020 from 'ajv/dist/2020'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBoardFile } from '../../../src/main/board/parse-board-file'
import type { BoardFile } from '../../../src/shared/board/board-file'
import { boardFileJsonSchema } from '../../../src/shared/board/board-file-json-schema'
import {
  boardFileOf,
  generatedBoard,
  generatedRespondents,
  resealed
} from '../../helpers/board-files'
import { call, callFails, makeTestCore, testContent } from '../../helpers/test-core'
import { richSession } from '../exchange/rich-session'

const pack = testContent().quickscan
const school = { name: 'De Regenboog', sector: 'PO', board: 'Stichting Primair' } as const

async function exported(includePriorities: boolean, includeActions: boolean) {
  const core = makeTestCore()
  const { session } = await richSession(core)
  const result = await call<{ file: BoardFile; fileName: string; contentBase64: string }>(
    core,
    'board.export',
    { sessionId: session.id, school, includePriorities, includeActions }
  )
  return { core, session, ...result, text: Buffer.from(result.contentBase64, 'base64').toString() }
}

describe('the board export', () => {
  it('holds aggregates only: no names, cards, notes or one person’s answers', async () => {
    const { text, file, fileName } = await exported(false, false)
    expect(fileName).toBe('Bestuur De Regenboog 2026-11-22.samenspel-bestuur.json')
    for (const secret of [
      'Ineke',
      'Daan',
      'Annelies',
      'Hier zijn we het niet over eens',
      'Elke ouder kennen',
      'answers"',
      'name": "Ineke'
    ]) {
      expect(text).not.toContain(secret)
    }
    const scan = file.schools[0]?.scan
    expect(scan?.respondents).toBe(3)
    expect(scan?.tooFewToCompare).toBe(true)
    expect(scan?.priorities).toBeUndefined()
    expect(scan?.actionTitles).toBeUndefined()
    expect(scan?.items.find((i) => i.questionId === 'qs-01')?.counts).toMatchObject({ '++': 1 })
    expect(parseBoardFile(fileName, text)).toEqual(file)
  })

  it('adds priorities and action titles only when ticked', async () => {
    const { file, text } = await exported(true, true)
    const scan = file.schools[0]?.scan
    expect(scan?.priorities).toEqual([{ clusterId: 'relatie', priority: 'Elke ouder kennen' }])
    expect(scan?.actionTitles?.length).toBeGreaterThan(0)
    // Even then: no owners, support notes or first steps.
    expect(text).not.toContain('Team is enthousiast')
    expect(text).not.toContain('Kennismakingsgesprekken')
  })

  it('refuses a session without quickscan answers, in Dutch', async () => {
    const core = makeTestCore()
    const session = await call<{ id: string }>(core, 'session.create', {
      title: 'Leeg',
      school: 'X',
      team: '',
      date: '2026-11-22',
      facilitator: ''
    })
    const error = await callFails(core, 'board.export', {
      sessionId: session.id,
      school,
      includePriorities: false,
      includeActions: false
    })
    expect(error.message).toMatch(/nog geen ingevulde quickscan/)
  })
})

describe('reading a board file', () => {
  const good = boardFileOf(pack, [
    { school, date: '2026-11-20', respondents: generatedRespondents(pack, 8, 7) }
  ])
  const text = JSON.stringify(good)
  const refusal = (content: string, name = 'regenboog.samenspel-bestuur.json') => {
    try {
      parseBoardFile(name, content)
    } catch (error) {
      return (error as Error).message
    }
    throw new Error('the file was accepted')
  }

  it('accepts a sealed, consistent file', () => {
    expect(parseBoardFile('a.json', text)).toEqual(good)
  })

  it('refuses a file whose figures were edited, naming it', () => {
    const edited = structuredClone(good)
    const item = edited.schools[0]?.scan.items[0]
    if (!item) throw new Error('no item')
    item.counts['++'] += 3
    expect(refusal(JSON.stringify(edited))).toMatch(
      /^“regenboog.samenspel-bestuur.json” is na het exporteren veranderd/
    )
    // Resealed by someone who knows the rule: the median no longer follows from the counts.
    item.counts['++'] = 0
    item.counts['--'] = 8
    expect(refusal(JSON.stringify(resealed(edited)))).toMatch(/tegenspreken.*mediaan klopt niet/)
  })

  it('refuses a truncated, a newer-version and a non-board file', () => {
    expect(refusal(text.slice(0, text.length / 2))).toMatch(/beschadigd of onvolledig/)
    expect(refusal(JSON.stringify({ ...good, formatVersion: 2 }))).toMatch(
      /nieuwere versie van Samenspel \(bestandsversie 2\)/
    )
    expect(refusal(JSON.stringify({ format: 'samenspel-session', formatVersion: 1 }))).toMatch(
      /sessiebestand, geen bestuursbestand/
    )
    expect(refusal('{"hello": "world"}')).toMatch(/geen Samenspel-bestuursbestand/)
  })

  it('refuses a claim of 10,000 schools and a 50 MB file by their size, not their content', () => {
    // A claim, not 10,000 real schools: the count alone must be enough to refuse it.
    const many = JSON.stringify({ ...good, schools: Array.from({ length: 10_000 }, () => ({})) })
    expect(refusal(many)).toMatch(/noemt 10\.000 scholen/)
    const huge = `${text.slice(0, -1)},"padding":"${'x'.repeat(50_000_000)}"}`
    expect(refusal(huge)).toMatch(/te groot \(50 MB\)/)
  })

  it('is described by the JSON Schema in docs/, which accepts real files', () => {
    const committed = join(__dirname, '..', '..', '..', 'docs', 'board-file.schema.json')
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(boardFileJsonSchema())
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
      boardFileJsonSchema()
    )
    for (const file of generatedBoard(pack, 3))
      expect(validate(JSON.parse(JSON.stringify(file)))).toBe(true)
    expect(validate({ ...good, seal: 'nope' })).toBe(false)
  })
})
