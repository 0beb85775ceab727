import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  kwaliteitskaartPackSchema,
  type KwaliteitskaartLink,
  type KwaliteitskaartPack
} from '../../../src/shared/content/kwaliteitskaart'
import { readSeed, seedContains } from './seed-text'

const seed = readSeed('002_181a8e45054d7c09.txt')
const packPath = join(__dirname, '..', '..', '..', 'resources', 'content', 'kwaliteitskaart.json')

function readPackJson(): unknown {
  return JSON.parse(readFileSync(packPath, 'utf8'))
}

function loadPack(): KwaliteitskaartPack {
  return kwaliteitskaartPackSchema.parse(readPackJson())
}

/** Pack fields that are not card text: the pack's metadata, ids and link targets. */
const metaKeys = new Set(['id', 'version', 'title', 'source'])
const nonTextKeys = new Set(['id', 'url'])

/** Every string value of the pack, with where it sits, except ids, urls and the pack metadata. */
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

function allLinks(pack: KwaliteitskaartPack): KwaliteitskaartLink[] {
  return pack.moreInfo.entries.flatMap((entry) => ('links' in entry ? entry.links : [entry]))
}

/** True when the pieces occur in the seed one right after the other: same text, same order, nothing left out. */
function seedHasInSequence(pieces: string[]): boolean {
  return seedContains(seed, pieces.join(''))
}

describe('kwaliteitskaart pack', () => {
  it('matches the kwaliteitskaart schema', () => {
    const result = kwaliteitskaartPackSchema.safeParse(readPackJson())
    expect(result.error?.issues).toBeUndefined()
    expect(result.success).toBe(true)
  })

  it('starts with its id, version, title and source', () => {
    const json = readPackJson()
    expect(Object.keys(json as object).slice(0, 4)).toEqual(['id', 'version', 'title', 'source'])
    const pack = loadPack()
    expect(pack.id).toBe('kwaliteitskaart')
    expect(pack.version).toBe(1)
    expect(pack.source).toContain('Hogeschool Windesheim')
  })

  it('holds the three practice questions word for word, in the card’s order', () => {
    const { practiceQuestions } = loadPack()
    expect(practiceQuestions.items).toHaveLength(3)
    expect(
      seedHasInSequence([practiceQuestions.heading, ...practiceQuestions.items.map((q) => q.text)])
    ).toBe(true)
  })

  it('holds the introductory texts “Waarom…” and “Wat is nodig…” word for word, in order', () => {
    const { introduction } = loadPack()
    expect(introduction.map((section) => section.heading)).toEqual([
      'Waarom is het belangrijk om met ouders samen te werken?',
      'Wat is nodig om met ouders samen te werken?'
    ])
    expect(
      seedHasInSequence(introduction.flatMap((section) => [section.heading, ...section.paragraphs]))
    ).toBe(true)
  })

  it('holds the three steps in order, with the card’s titles', () => {
    const { steps } = loadPack()
    expect(steps.map((step) => step.number)).toEqual([1, 2, 3])
    expect(steps.map((step) => step.title)).toEqual([
      'Bespreek je visie op samenwerking met ouders',
      'Ondersteun je leraren om jullie ouders beter te leren kennen',
      'Ondersteun je team in het ontwikkelen van gespreksvaardigheden'
    ])
  })

  it('holds Stap 1 with its introduction and every one of its ten questions word for word, in order', () => {
    const [step1] = loadPack().steps
    expect(step1.questions).toHaveLength(10)
    expect(
      seedHasInSequence([
        'Stap 1',
        step1.title,
        ...step1.intro,
        ...step1.questions.map((q) => q.text)
      ])
    ).toBe(true)
  })

  it('holds Stap 2 with its seven conversation forms and six agenda elements word for word, in order', () => {
    const [, step2] = loadPack().steps
    expect(step2.conversationForms.items).toHaveLength(7)
    expect(step2.conversationAgenda.items).toHaveLength(6)
    expect(
      seedHasInSequence([
        'Stap 2',
        step2.title,
        ...step2.intro,
        step2.conversationForms.intro,
        ...step2.conversationForms.items.map((form) => form.text),
        step2.conversationAgenda.intro,
        ...step2.conversationAgenda.items.map((element) => element.text)
      ])
    ).toBe(true)
  })

  it('holds Stap 3 with its three questions and three support options, leaving none of its text out', () => {
    const [, , step3] = loadPack().steps
    expect(step3.questions).toHaveLength(3)
    expect(step3.support.map((option) => option.id)).toEqual([
      'steun-training',
      'steun-samen-voorbereiden',
      'steun-voorbeeld-geven'
    ])
    const [training, prepareTogether, setTheExample] = step3.support
    // The card writes Stap 3 as one paragraph and joins the first two support options with "en/of".
    expect(
      seedHasInSequence([
        'Stap 3',
        step3.title,
        ...step3.intro,
        ...step3.questions.map((q) => q.text),
        training?.text ?? '',
        'en/of',
        prepareTogether?.text ?? '',
        setTheExample?.text ?? '',
        ...step3.closing
      ])
    ).toBe(true)
  })

  it('lists the nine “Meer weten?” entries in the card’s order, eight of them with a link', () => {
    const { moreInfo } = loadPack()
    const entryTexts = moreInfo.entries.flatMap((entry) =>
      'links' in entry ? [entry.text, ...entry.links.map((link) => link.text)] : [entry.text]
    )
    expect(entryTexts).toHaveLength(9)
    expect(allLinks(loadPack())).toHaveLength(8)
    expect(seedHasInSequence([moreInfo.heading, ...entryTexts])).toBe(true)
  })

  it('links to exactly the URLs the card lists, in its order', () => {
    const packUrls = allLinks(loadPack()).map((link) => link.url)
    // A URL may be broken across lines in the extraction: compare with all whitespace removed.
    const seedWithoutWhitespace = seed.replace(/\s/g, '')
    for (const url of packUrls) {
      expect(seedWithoutWhitespace, url).toContain(url)
    }
    // The card's first entry spans two lines, so the extraction lists its URL twice.
    const seedUrls = [...new Set(seed.match(/https?:\/\/\S+/g) ?? [])]
    expect(packUrls).toEqual(seedUrls)
  })

  it('gives every item a unique id', () => {
    const ids: string[] = []
    collectIds(readPackJson(), ids)
    expect(ids.length).toBeGreaterThan(40)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  it('finds every text of the pack word for word in the card', () => {
    const texts: { path: string; text: string }[] = []
    collectTexts(loadPack(), '', texts)
    expect(texts.length).toBeGreaterThan(40)
    const missing = texts.filter(({ text }) => !seedContains(seed, text))
    expect(missing).toEqual([])
  })

  it('finds the pack’s title words in the card', () => {
    const { title } = loadPack()
    for (const part of title.split(' – ')) {
      expect(seedContains(seed, part), part).toBe(true)
    }
  })

  it('rejects a pack in which a question has lost its text', () => {
    const broken = loadPack()
    const question = broken.steps[0].questions[3]
    if (!question) throw new Error('Stap 1 has no fourth question')
    Reflect.deleteProperty(question, 'text')
    const result = kwaliteitskaartPackSchema.safeParse(broken)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual([
      'steps',
      0,
      'questions',
      3,
      'text'
    ])
  })

  it('rejects a pack with a misspelt field', () => {
    const broken: Record<string, unknown> = { ...loadPack(), practiseQuestions: [] }
    const result = kwaliteitskaartPackSchema.safeParse(broken)
    expect(result.success).toBe(false)
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['practiseQuestions'] })
    )
  })

  it('rejects a pack that uses an id twice', () => {
    const broken = loadPack()
    const support = broken.steps[2].support[1]
    if (!support) throw new Error('Stap 3 has no second support option')
    support.id = 'steun-training'
    const result = kwaliteitskaartPackSchema.safeParse(broken)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual([
      'steps',
      2,
      'support',
      1,
      'id'
    ])
  })

  it('rejects a pack whose steps are out of order', () => {
    const broken = loadPack()
    const result = kwaliteitskaartPackSchema.safeParse({
      ...broken,
      steps: [broken.steps[1], broken.steps[0], broken.steps[2]]
    })
    expect(result.success).toBe(false)
  })
})
