import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  successFactorsPackSchema,
  type SuccessFactorsPack
} from '../../../src/shared/content/success-factors'
import { readSeed, seedContains } from './seed-text'

const seed = readSeed('001_7c1c22b930853d8c.txt')
const packPath = join(__dirname, '..', '..', '..', 'resources', 'content', 'success-factors.json')

function readPackJson(): unknown {
  return JSON.parse(readFileSync(packPath, 'utf8'))
}

function loadPack(): SuccessFactorsPack {
  return successFactorsPackSchema.parse(readPackJson())
}

/** Pack fields that are not source text: the pack's metadata and ids. */
const metaKeys = new Set(['id', 'version', 'title', 'source'])
const nonTextKeys = new Set(['id'])

/** Every string value of the pack, with where it sits, except ids and the pack metadata. */
function collectTexts(value: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof value === 'string') {
    out.push({ path, text: value })
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectTexts(item, `${path}[${i}]`, out))
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (nonTextKeys.has(key) || (path === '' && metaKeys.has(key))) continue
      collectTexts(child, path === '' ? key : `${path}.${key}`, out)
    }
  }
}

/** Every `id` value in the pack, wherever it sits. */
function collectIds(value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item) => collectIds(item, out))
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') out.push(child)
      else collectIds(child, out)
    }
  }
}

/** True when the pieces occur in the seed one right after the other: same text, same order, nothing left out. */
function seedHasInSequence(pieces: string[]): boolean {
  return seedContains(seed, pieces.join(''))
}

describe('success factors pack', () => {
  it('matches the success factors schema', () => {
    const result = successFactorsPackSchema.safeParse(readPackJson())
    expect(result.error?.issues).toBeUndefined()
    expect(result.success).toBe(true)
  })

  it('starts with its id, version, title and source', () => {
    expect(Object.keys(readPackJson() as object).slice(0, 4)).toEqual([
      'id',
      'version',
      'title',
      'source'
    ])
    const pack = loadPack()
    expect(pack.id).toBe('success-factors')
    expect(pack.version).toBe(1)
    expect(pack.source).toContain('Lusse (2013)')
  })

  it('holds the ten success factors, numbered 1 to 10', () => {
    const factors = loadPack().groups.flatMap((group) => group.factors)
    expect(factors.map((factor) => factor.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('puts the factors in three groups: CONTACT 1–3, SAMENWERKING 4–7, TOEKOMSTPERSPECTIEF 8–10', () => {
    const { groups } = loadPack()
    expect(
      groups.map((group) => ({
        id: group.id,
        keyword: group.keyword,
        numbers: group.factors.map((factor) => factor.number)
      }))
    ).toEqual([
      { id: 'contact', keyword: 'CONTACT', numbers: [1, 2, 3] },
      { id: 'samenwerking', keyword: 'SAMENWERKING', numbers: [4, 5, 6, 7] },
      { id: 'toekomstperspectief', keyword: 'TOEKOMSTPERSPECTIEF', numbers: [8, 9, 10] }
    ])
    for (const group of groups) {
      expect(group.heading).toContain(group.keyword)
    }
  })

  it('holds every factor word for word under its group heading and with its number, as the seed lists it', () => {
    for (const group of loadPack().groups) {
      const pieces = [
        group.heading,
        ...group.factors.flatMap((factor) => [String(factor.number), factor.title])
      ]
      expect(seedHasInSequence(pieces), group.heading).toBe(true)
    }
  })

  it('holds the four aspects of the improvement process with their explanations word for word, in order', () => {
    const { improvementProcess } = loadPack()
    expect(improvementProcess.aspects.map((aspect) => aspect.name)).toEqual([
      'positieve attitude',
      'basale organisatie',
      'wederkerige relatie',
      'wederzijdse afstemming'
    ])
    expect(
      seedHasInSequence([
        improvementProcess.columnHeadings.aspect,
        improvementProcess.columnHeadings.explanation,
        ...improvementProcess.aspects.flatMap((aspect) => [aspect.name, aspect.explanation])
      ])
    ).toBe(true)
  })

  it('holds the explanatory texts on the factors and the aspects word for word', () => {
    const { intro, factorsCaption, improvementProcess } = loadPack()
    expect(seedHasInSequence([intro.heading, ...intro.paragraphs])).toBe(true)
    expect(seedHasInSequence([improvementProcess.heading, ...improvementProcess.paragraphs])).toBe(
      true
    )
    expect(seedContains(seed, factorsCaption)).toBe(true)
    expect(seedContains(seed, improvementProcess.caption)).toBe(true)
  })

  it('gives every group and aspect a unique id', () => {
    const ids: string[] = []
    collectIds(readPackJson(), ids)
    expect(ids).toHaveLength(1 + 3 + 4)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  it('finds every text of the pack word for word in the seed', () => {
    const texts: { path: string; text: string }[] = []
    collectTexts(loadPack(), '', texts)
    expect(texts.length).toBeGreaterThan(20)
    const missing = texts.filter(({ text }) => !seedContains(seed, text))
    expect(missing).toEqual([])
  })

  it('rejects a pack in which a factor has lost its title', () => {
    const broken = loadPack()
    const factor = broken.groups[1]?.factors[0]
    if (!factor) throw new Error('the second group has no factors')
    Reflect.deleteProperty(factor, 'title')
    const result = successFactorsPackSchema.safeParse(broken)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual([
      'groups',
      1,
      'factors',
      0,
      'title'
    ])
  })

  it('rejects a pack in which an aspect has lost its explanation', () => {
    const broken = loadPack()
    const aspect = broken.improvementProcess.aspects[2]
    if (!aspect) throw new Error('there is no third aspect')
    Reflect.deleteProperty(aspect, 'explanation')
    const result = successFactorsPackSchema.safeParse(broken)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual([
      'improvementProcess',
      'aspects',
      2,
      'explanation'
    ])
  })

  it('rejects a factor numbered outside 1–10', () => {
    const broken = loadPack()
    const factor = broken.groups[2]?.factors[2]
    if (!factor) throw new Error('the third group has no third factor')
    factor.number = 11
    const result = successFactorsPackSchema.safeParse(broken)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual([
      'groups',
      2,
      'factors',
      2,
      'number'
    ])
  })

  it('rejects groups that number a factor twice', () => {
    const broken = loadPack()
    const factor = broken.groups[1]?.factors[3]
    if (!factor) throw new Error('the second group has no fourth factor')
    factor.number = 6
    const result = successFactorsPackSchema.safeParse(broken)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(['groups'])
  })

  it('rejects a pack with a misspelt field', () => {
    const broken = loadPack()
    const group = broken.groups[0]
    if (!group) throw new Error('there is no first group')
    const result = successFactorsPackSchema.safeParse({
      ...broken,
      groups: [{ ...group, factor: [] }, ...broken.groups.slice(1)]
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['factor'], path: ['groups', 0] })
    )
  })
})
