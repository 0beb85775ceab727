import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  answerValues,
  quickscanPackSchema,
  type QuickscanPack
} from '../../../src/shared/content/quickscan'
import { normaliseForSeedComparison, readSeed, seedContains } from './seed-text'

const seed = readSeed('000_1b308c0a0ee1df1b.txt')
const normalisedSeed = normaliseForSeedComparison(seed)

const packPath = join(__dirname, '..', '..', '..', 'resources', 'content', 'quickscan.json')
const raw: unknown = JSON.parse(readFileSync(packPath, 'utf8'))
const pack: QuickscanPack = quickscanPackSchema.parse(raw)

/** A fresh, mutable copy of the pack as plain JSON, to break on purpose. */
function rawCopy(): QuickscanPack {
  return structuredClone(pack)
}

/**
 * Keys whose strings are not seed text: identifiers and references to them, the pack's citation of
 * its source, and wording written for the app (`appLabel`).
 */
const nonSeedKeys = new Set(['id', 'source', 'appLabel', 'subTheme', 'clusterIds'])

function seedStrings(value: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof value === 'string') {
    out.push({ path, text: value })
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => seedStrings(item, `${path}[${i}]`, out))
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!nonSeedKeys.has(key)) seedStrings(item, path === '' ? key : `${path}.${key}`, out)
    }
  }
}

describe('quickscan pack', () => {
  it('parses with the schema and starts with its meta fields', () => {
    expect(Object.keys(raw as object).slice(0, 4)).toEqual(['id', 'version', 'title', 'source'])
    expect(pack.id).toBe('quickscan')
    expect(pack.version).toBe(1)
  })

  it('has the 49 questions with ids qs-01 to qs-49 in order', () => {
    expect(pack.questions).toHaveLength(49)
    expect(pack.questions.map((q) => q.id)).toEqual(
      Array.from({ length: 49 }, (_, i) => `qs-${String(i + 1).padStart(2, '0')}`)
    )
  })

  it('has the ten success factors numbered 1 to 10 with the titles the scan uses', () => {
    expect(pack.factors.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(pack.factors.map((f) => f.title)).toEqual([
      'welkom',
      'kennismaken',
      'alle ouders',
      'regie leerling',
      'wederkerigheid',
      'gesprek thuis',
      'positieve aandacht',
      'schoolloopbaan',
      'ontwikkelpunten',
      'perspectief'
    ])
  })

  it('gives only factor 1 its three sub-themes, and every factor-1 question one of them', () => {
    const [welkom, ...others] = pack.factors
    expect(welkom?.subThemes?.map((s) => s.title)).toEqual([
      'vriendelijkheid',
      'toegankelijkheid',
      'duidelijkheid'
    ])
    for (const factor of others) expect(factor.subThemes).toBeUndefined()
    const bySubTheme = (id: string) => pack.questions.filter((q) => q.subTheme === id).length
    expect([
      bySubTheme('vriendelijkheid'),
      bySubTheme('toegankelijkheid'),
      bySubTheme('duidelijkheid')
    ]).toEqual([5, 4, 4])
    for (const q of pack.questions) expect(q.subTheme !== undefined).toBe(q.factor === 1)
  })

  it('counts the questions per factor as the scan prints them', () => {
    const counts = pack.factors.map(
      (f) => pack.questions.filter((q) => q.factor === f.number).length
    )
    expect(counts).toEqual([13, 4, 4, 2, 7, 4, 4, 3, 3, 5])
  })

  it('groups the factors into the three clusters of the page footers', () => {
    expect(pack.clusters.map((c) => [c.title, c.factors])).toEqual([
      ['Attitude en organisatie', [1]],
      ['Relatie', [2, 3, 4, 5]],
      ['Afstemming', [6, 7, 8, 9, 10]]
    ])
  })

  it('offers the six answers in the order ++ + +/- - -- ? exactly as the scale row prints them', () => {
    expect(pack.answers.map((a) => a.value)).toEqual(['++', '+', '+/-', '-', '--', '?'])
    expect(pack.answers.map((a) => a.value)).toEqual([...answerValues])
    // The general normalisation drops hyphens, so check the scale row with only whitespace removed.
    const scaleRow = pack.answers.map((a) => a.value).join('')
    expect(seed.replace(/\s/g, '')).toContain(scaleRow)
    for (const answer of pack.answers) expect(answer.appLabel.length).toBeGreaterThan(0)
  })

  it('asks on the priorities page, for every cluster, for a grade, a priority, support and a first step', () => {
    expect(pack.priorities.clusterIds).toEqual(pack.clusters.map((c) => c.id))
    expect(Object.keys(pack.priorities.prompts)).toEqual([
      'grade',
      'priority',
      'support',
      'firstStep'
    ])
    expect(pack.priorities.prompts.support).toContain('draagvlak')
  })

  it('says that the scan is about the school as a whole, not one’s own work', () => {
    expect(pack.instructions.paragraphs.join(' ')).toContain(
      'Het gaat bij het invullen om de indruk die u hebt van de school als geheel en niet alleen van uw eigen handelen.'
    )
  })
})

describe('quickscan pack against the seed text', () => {
  it('has every question word for word in the seed', () => {
    const missing = pack.questions.filter((q) => !seedContains(seed, q.text)).map((q) => q.id)
    expect(missing).toEqual([])
  })

  it('has the questions in the seed’s order', () => {
    let from = 0
    for (const question of pack.questions) {
      const at = normalisedSeed.indexOf(normaliseForSeedComparison(question.text), from)
      expect(at, `${question.id} after position ${from}`).toBeGreaterThanOrEqual(from)
      from = at + 1
    }
  })

  it('puts every question under the heading of its own factor and sub-theme', () => {
    // The seed heads each block "titel (n)" or, for factor 1, "welkom (1): subthema".
    const headings = pack.factors.flatMap((factor) =>
      (factor.subThemes ?? [undefined]).map((sub) => ({
        factor: factor.number,
        subTheme: sub?.id,
        label:
          sub === undefined
            ? `${factor.title} (${factor.number})`
            : `${factor.title} (${factor.number}): ${sub.title}`
      }))
    )
    let from = 0
    const positions = headings.map((heading) => {
      const at = normalisedSeed.indexOf(normaliseForSeedComparison(heading.label), from)
      expect(at, heading.label).toBeGreaterThanOrEqual(0)
      from = at + 1
      return { ...heading, at }
    })
    for (const question of pack.questions) {
      const at = normalisedSeed.indexOf(
        normaliseForSeedComparison(question.text),
        positions[0]?.at ?? 0
      )
      const under = positions.filter((h) => h.at < at).at(-1)
      expect({ id: question.id, factor: under?.factor, subTheme: under?.subTheme }).toEqual({
        id: question.id,
        factor: question.factor,
        subTheme: question.subTheme
      })
    }
  })

  it('has every other text of seed origin word for word in the seed', () => {
    const strings: { path: string; text: string }[] = []
    seedStrings(pack, '', strings)
    expect(strings.length).toBeGreaterThan(90)
    const missing = strings.filter((s) => !seedContains(seed, s.text)).map((s) => s.path)
    expect(missing).toEqual([])
  })

  it('has repaired the line-break hyphenation instead of copying it', () => {
    const strings: { path: string; text: string }[] = []
    seedStrings(pack, '', strings)
    // Genuine hyphens in the scan: "e-mail", "lob-programma", the answer symbols.
    const allowed = /e-mail|lob-programma|^\+\/-$|^-+$/
    const hyphenated = strings
      .filter((s) => /\w-/.test(s.text) && !allowed.test(s.text))
      .map((s) => s.path)
    expect(hyphenated).toEqual([])
  })
})

describe('quickscan pack schema', () => {
  const issuesOf = (candidate: unknown) => {
    const result = quickscanPackSchema.safeParse(candidate)
    expect(result.success).toBe(false)
    return result.success ? [] : result.error.issues
  }
  const paths = (candidate: unknown) => issuesOf(candidate).map((issue) => issue.path)

  it('rejects a question whose field name is misspelt, naming the field', () => {
    const broken = rawCopy() as unknown as { questions: Record<string, unknown>[] }
    const question = broken.questions[3]!
    question['txt'] = question['text']
    delete question['text']
    const issues = issuesOf(broken)
    expect(issues.map((i) => i.path)).toContainEqual(['questions', 3, 'text'])
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', path: ['questions', 3], keys: ['txt'] })
    )
  })

  it('rejects an empty question text, naming the field', () => {
    const broken = rawCopy()
    broken.questions[7]!.text = ''
    expect(paths(broken)).toContainEqual(['questions', 7, 'text'])
  })

  it('rejects an unknown top-level field', () => {
    const broken = { ...rawCopy(), titel: 'x' }
    expect(issuesOf(broken)).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['titel'] })
    )
  })

  it('rejects a question pointing at factor 11', () => {
    const broken = rawCopy()
    broken.questions[20]!.factor = 11
    expect(paths(broken)).toContainEqual(['questions', 20, 'factor'])
  })

  it('rejects a question pointing at a factor the pack does not define', () => {
    const broken = rawCopy()
    broken.factors = broken.factors.filter((f) => f.number !== 4)
    broken.clusters[1]!.factors = [2, 3, 5]
    broken.factorOverview.groups[1]!.factors = [5, 6, 7]
    const found = paths(broken)
    expect(found).toContainEqual(['questions', 21, 'factor'])
    expect(found).toContainEqual(['questions', 22, 'factor'])
  })

  it('rejects duplicate question ids', () => {
    const broken = rawCopy()
    broken.questions[1]!.id = 'qs-01'
    expect(paths(broken)).toContainEqual(['questions', 1, 'id'])
  })

  it('rejects a cluster naming a factor that does not exist', () => {
    const broken = rawCopy()
    broken.factors = broken.factors.filter((f) => f.number !== 10)
    broken.questions = broken.questions.filter((q) => q.factor !== 10)
    broken.factorOverview.groups[2]!.factors = [8, 9]
    expect(paths(broken)).toContainEqual(['clusters', 2, 'factors', 4])
  })

  it('rejects a factor that is in two clusters or in none', () => {
    const twice = rawCopy()
    twice.clusters[1]!.factors.push(6)
    expect(paths(twice)).toContainEqual(['clusters', 2, 'factors', 0])

    const none = rawCopy()
    none.clusters[2]!.factors = [6, 7, 8, 9]
    expect(paths(none)).toContainEqual(['clusters'])
  })

  it('rejects sub-themes on any factor but 1', () => {
    const onFactor = rawCopy()
    onFactor.factors[1]!.subThemes = [{ id: 'x', title: 'x' }]
    expect(paths(onFactor)).toContainEqual(['factors', 1, 'subThemes'])

    const onQuestion = rawCopy()
    onQuestion.questions[13]!.subTheme = 'vriendelijkheid'
    expect(paths(onQuestion)).toContainEqual(['questions', 13, 'subTheme'])
  })

  it('rejects a factor-1 question without a sub-theme or with an unknown one', () => {
    const without = rawCopy()
    delete without.questions[0]!.subTheme
    expect(paths(without)).toContainEqual(['questions', 0, 'subTheme'])

    const unknown = rawCopy()
    unknown.questions[0]!.subTheme = 'gezelligheid'
    expect(paths(unknown)).toContainEqual(['questions', 0, 'subTheme'])
  })

  it('rejects answers that are not the six scale points in order', () => {
    const reordered = rawCopy()
    reordered.answers.reverse()
    expect(paths(reordered)).toContainEqual(['answers'])

    const unknownValue = rawCopy() as unknown as { answers: { value: string }[] }
    unknownValue.answers[5]!.value = '0'
    expect(paths(unknownValue)).toContainEqual(['answers', 5, 'value'])
  })

  it('rejects a priorities row for a cluster that does not exist', () => {
    const broken = rawCopy()
    broken.priorities.clusterIds[2] = 'afstemmen'
    expect(paths(broken)).toContainEqual(['priorities', 'clusterIds', 2])
  })
})
