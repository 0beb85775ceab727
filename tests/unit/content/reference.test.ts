import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  referencePackSchema,
  type ReferenceItem,
  type ReferencePack,
  type ReferenceSection,
  type ReferenceSource,
  type ReferenceSubsection
} from '../../../src/shared/content/reference'
import { readSeed, seedContains } from './seed-text'

const packPath = join(__dirname, '..', '..', '..', 'resources', 'content', 'reference.json')
const packText = readFileSync(packPath, 'utf8')
const raw: unknown = JSON.parse(packText)
const pack: ReferencePack = referencePackSchema.parse(raw)

const redactedSeedFile = '003_121162041242b443.txt'
const redactedSeed = readSeed(redactedSeedFile)

/**
 * Footnote numbers the PDF glued to a word inside a sentence the pack quotes ("Epstein2"). The pack
 * leaves them out; every other character of those sentences is still compared.
 */
const footnoteMarkers003: [string, string][] = [
  ['Joyce Epstein2 onderscheidt', 'Joyce Epstein onderscheidt'],
  ['publicaties5 van', 'publicaties van']
]

function withoutFootnoteMarkers(seed: string, markers: [string, string][]): string {
  return markers.reduce((text, [marked, plain]) => {
    expect(text).toContain(marked)
    return text.replace(marked, plain)
  }, seed)
}

const seeds: Record<ReferenceSource, string> = {
  voortgangsgesprek: readSeed('004_274735e655f998bb.txt'),
  'notitie-ouderbetrokkenheid': withoutFootnoteMarkers(redactedSeed, footnoteMarkers003)
}

type Block = ReferenceSection | ReferenceSubsection

/** A fresh, mutable copy of the pack as plain JSON, to break on purpose. */
function rawCopy(): ReferencePack {
  return structuredClone(pack)
}

function allBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block) => [block, ...allBlocks(block.subsections ?? [])])
}

function block(id: string): Block {
  const found = allBlocks(pack.sections).find((b) => b.id === id)
  if (found === undefined) throw new Error(`geen blok met id ${id}`)
  return found
}

function items(id: string): ReferenceItem[] {
  return block(id).list?.items ?? []
}

function titles(blocks: readonly Block[] | undefined): (string | undefined)[] {
  return (blocks ?? []).map((b) => b.title)
}

/**
 * Keys whose strings are not seed text: identifiers, the seed a section comes from, the list style
 * and headings the app wrote itself (`appLabel`).
 */
const nonSeedKeys = new Set(['id', 'source', 'style', 'appLabel'])

function seedStrings(value: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof value === 'string') {
    out.push({ path, text: value })
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => seedStrings(item, `${path}[${i}]`, out))
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!nonSeedKeys.has(key)) seedStrings(item, `${path}.${key}`, out)
    }
  }
}

function allIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    value.forEach((item) => allIds(item, out))
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'id' && typeof item === 'string') out.push(item)
      else allIds(item, out)
    }
  }
  return out
}

const emailPattern = /[\w.+-]+\s*@\s*[\w-]+(?:\.[\w-]+)+/
/** Dutch phone numbers: 026-3208881, 0263208881, 06-12345678, 06 12 34 56 78, +31 26 123 4567. */
const phonePatterns = [
  /(?:\+31|\b0)[\s-]?\d{1,3}[\s-]?\d{6,7}\b/,
  /(?:\+31|\b0)\d?(?:[\s-]?\d{2,3}){3,4}\b/
]

function containsContactDetails(text: string): boolean {
  return emailPattern.test(text) || phonePatterns.some((pattern) => pattern.test(text))
}

/** The person the seed gives an e-mail address and phone number for, in every form it appears. */
const namesWithContactDetails = ['Lobke', 'Baars', 'l.baars']

/** People the seed names as participants, quote-givers or project lead: not literature. */
const privatePersons = [
  'Brigitta',
  'Hoeve',
  'Lilian',
  'Broekhuizen',
  'Ganzebrink',
  'Freek',
  'Fuchs',
  'Marleen',
  'Kerkhof',
  'Dick Dekker',
  'Carla',
  'Franssen',
  'Tamara',
  'Anja',
  'Stoks',
  'André',
  'Bennie',
  'Draaijer'
]

describe('reference pack', () => {
  it('parses with the schema and starts with its meta fields', () => {
    expect(Object.keys(raw as object).slice(0, 4)).toEqual(['id', 'version', 'title', 'source'])
    expect(pack.id).toBe('reference')
    expect(pack.version).toBe(1)
    expect(pack.source).toContain('voortgangsgesprek')
    expect(pack.source).toContain('Notitie ouderbetrokkenheid')
  })

  it('takes its sections from both source documents', () => {
    expect(pack.sections.map((s) => [s.id, s.source])).toEqual([
      ['voortgangsgesprek', 'voortgangsgesprek'],
      ['tips-oudercommunicatie', 'notitie-ouderbetrokkenheid'],
      ['ouderbetrokkenheid-begrip', 'notitie-ouderbetrokkenheid'],
      ['round-robin', 'notitie-ouderbetrokkenheid'],
      ['verwachtingen', 'notitie-ouderbetrokkenheid'],
      ['ouderbetrokkenheid-3-0', 'notitie-ouderbetrokkenheid'],
      ['onderzoek', 'notitie-ouderbetrokkenheid']
    ])
  })

  it('gives every section, subsection, item and subitem a unique id', () => {
    const ids = allIds(pack.sections)
    expect(ids.length).toBeGreaterThan(150)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  describe('voortgangsgesprek', () => {
    it('has a checklist of ten points, one for each success factor 1 to 10 in order', () => {
      const groups = block('voortgangsgesprek-checklist').subsections ?? []
      expect(titles(groups)).toEqual([
        'Succesfactoren om CONTACT te leggen met ouders',
        'Succesfactoren voor SAMENWERKING met ouders',
        'Succesfactoren voor samenwerken aan het TOEKOMSTPERSPECTIEF van het kind'
      ])
      const points = groups.flatMap((group) => group.list?.items ?? [])
      expect(points).toHaveLength(10)
      expect(points.map((point) => point.factor)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      expect(groups.map((group) => group.list?.items.length)).toEqual([3, 4, 3])
    })

    it('has its introduction, what to discuss, how to conduct it, preparation and variations', () => {
      expect(titles(block('voortgangsgesprek').subsections)).toEqual([
        'Wat',
        'Waarom',
        undefined,
        'Hoe',
        'Variatie',
        'Verantwoording'
      ])
      expect(block('voortgangsgesprek-checklist').appLabel).toBeDefined()
      expect(titles(block('voortgangsgesprek-hoe').subsections)).toEqual([
        'Bespreekpunten',
        'Gespreksvoering',
        'Voorbereiding'
      ])
      expect(items('voortgangsgesprek-bespreekpunten')).toHaveLength(6)
      expect(items('voortgangsgesprek-gespreksvoering')).toHaveLength(5)
      expect(block('voortgangsgesprek-voorbereiding-team').paragraphs).toEqual([
        'Stel als team vast:'
      ])
      expect(items('voortgangsgesprek-voorbereiding-team')).toHaveLength(4)
      expect(block('voortgangsgesprek-voorbereiding-per-gesprek').paragraphs).toEqual([
        'Elke leraar bereidt vervolgens per gesprek voor:'
      ])
      expect(items('voortgangsgesprek-voorbereiding-per-gesprek')).toHaveLength(2)
      expect(titles(block('voortgangsgesprek-variatie').subsections)).toEqual([
        'Regie bij leerling',
        'Voortgangsgesprekken in het sociale domein'
      ])
    })
  })

  describe('notitie ouderbetrokkenheid', () => {
    it('has the eight tips for communicating with parents, each with its explanation', () => {
      const tips = items('tips-oudercommunicatie')
      expect(tips).toHaveLength(8)
      expect(tips[0]?.text).toBe('Neem elke ouder serieus')
      expect(tips[7]?.text).toBe('Respecteer de autonomie van de leerling.')
      for (const tip of tips) expect(tip.detail?.length).toBe(1)
    })

    it("has Epstein's six types of parent involvement with the explanation that follows them", () => {
      expect(block('epstein-typen').list?.style).toBe('numbered')
      expect(items('epstein-typen').map((type) => type.text)).toEqual([
        'Opvoeden thuis',
        'Communiceren met school',
        'Vrijwilligerswerk doen op school',
        'Thuis ondersteunen',
        'Participeren in besluitvorming op school',
        'Samenwerken met de omgeving'
      ])
      expect(block('epstein-typen').closing).toHaveLength(2)
    })

    it('has the round-robin format as its preparation and three conversation steps', () => {
      const steps = (block('round-robin').subsections ?? []).filter(
        (s) => s.id !== 'round-robin-kenmerken'
      )
      expect(titles(steps)).toEqual([
        'Voorbereiding',
        'Start het gesprek',
        'Structureer het gesprek',
        'Vat samen en plan een vervolg'
      ])
      const preparation = block('round-robin-voorbereiding').subsections ?? []
      expect(preparation.map((group) => [group.title, group.list?.items.length])).toEqual([
        ['Ouders', 4],
        ['Leerlingen', 3],
        ['Docenten', 2],
        ['Omgeving', 3]
      ])
      expect(items('round-robin-start')).toHaveLength(3)
      const structure = block('round-robin-structuur').subsections ?? []
      expect(structure.map((part) => [part.title, part.list?.items.length])).toEqual([
        ['Sterke en ontwikkelpunten', 6],
        ['Plan voor toekomstig succes', 5]
      ])
      expect(items('round-robin-afronding')).toHaveLength(3)
    })

    it('has making expectations explicit with the peer-to-peer questions and the example of Bijlage B', () => {
      expect(items('verwachtingen')).toHaveLength(5)
      expect(block('verwachtingen-voorbeeld').location).toBe('Bijlage B')
      expect(titles(block('gespreksarrangement').subsections)).toEqual([
        'OUDERS',
        'MENTOREN',
        'VAKDOCENTEN',
        'LEERLINGEN',
        'COÖRDINATOR',
        'AFDELINGSLEIDING'
      ])
      const reasons = block('contact-aanleidingen').subsections ?? []
      expect(reasons.map((who) => [who.title, who.list?.items.length])).toEqual([
        ['LEERLING', 8],
        ['OUDERS', 7],
        ['DOCENTEN/MENTOREN', 7]
      ])
    })

    it('has the ten criteria of Ouderbetrokkenheid 3.0', () => {
      expect(block('ouderbetrokkenheid-3-0').location).toBe('Bijlage E')
      expect(block('ouderbetrokkenheid-3-0').list?.style).toBe('numbered')
      expect(items('ouderbetrokkenheid-3-0')).toHaveLength(10)
    })
  })

  it('quotes every text word for word from its source document', () => {
    const missing: string[] = []
    let checked = 0
    for (const [i, section] of pack.sections.entries()) {
      const strings: { path: string; text: string }[] = []
      seedStrings(section, `sections[${i}]`, strings)
      for (const { path, text } of strings) {
        checked += 1
        if (!seedContains(seeds[section.source], text)) missing.push(`${path}: ${text}`)
      }
    }
    expect(missing).toEqual([])
    expect(checked).toBeGreaterThan(200)
  })

  it('keeps app-written headings out of the seed check only where they are marked appLabel', () => {
    const labels = allBlocks(pack.sections).flatMap((b) =>
      b.appLabel === undefined ? [] : [b.appLabel]
    )
    expect(labels).toEqual(['Het voortgangsgesprek', 'Checklist voortgangsgesprek'])
  })

  describe('privacy', () => {
    it('detects e-mail addresses and Dutch phone numbers in the usual notations', () => {
      for (const sample of [
        'mail iemand@voorbeeld.nl',
        'iemand@\nvoorbeeld.nl',
        'telefoon 026-1234567',
        'telefoon 0261234567',
        'bel 06-12345678',
        'bel 06 12 34 56 78',
        'bel +31 26 123 4567'
      ]) {
        expect(containsContactDetails(sample), sample).toBe(true)
      }
      expect(containsContactDetails('schooljaar 2015-2016, 105.000 uur, Volume 104')).toBe(false)
    })

    it('contains no e-mail address or phone number in the pack or the redacted seed', () => {
      expect(containsContactDetails(packText)).toBe(false)
      expect(containsContactDetails(redactedSeed)).toBe(false)
    })

    it('does not name the person whose contact details the seed gives, in the pack or the redacted seed', () => {
      for (const name of namesWithContactDetails) {
        expect(packText).not.toContain(name)
        expect(redactedSeed).not.toContain(name)
      }
      expect(redactedSeed).toContain('[verwijderd]')
    })

    it('names no participants or quote-givers of the learning circle, only authors it cites', () => {
      for (const name of privatePersons) {
        expect(packText).not.toContain(name)
        expect(redactedSeed).not.toContain(name)
      }
    })
  })

  describe('schema', () => {
    it('rejects a checklist point whose factor is out of range, at that field', () => {
      const broken = rawCopy()
      const point = broken.sections[0]?.subsections?.[2]?.subsections?.[0]?.list?.items[0]
      if (point === undefined) throw new Error('checklist point not found')
      point.factor = 11
      const result = referencePackSchema.safeParse(broken)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.path).toEqual([
        'sections',
        0,
        'subsections',
        2,
        'subsections',
        0,
        'list',
        'items',
        0,
        'factor'
      ])
    })

    it('rejects a misspelt field name instead of ignoring it', () => {
      const broken = rawCopy() as unknown as { sections: Record<string, unknown>[] }
      const section = broken.sections[1]
      if (section === undefined) throw new Error('section not found')
      section.paragrahps = ['tekst']
      const result = referencePackSchema.safeParse(broken)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]).toMatchObject({
        code: 'unrecognized_keys',
        keys: ['paragrahps'],
        path: ['sections', 1]
      })
    })

    it('rejects an id that is not kebab-case, at that id', () => {
      const broken = rawCopy()
      const tip = broken.sections[1]?.list?.items[0]
      if (tip === undefined) throw new Error('tip not found')
      tip.id = 'Tip 1'
      const result = referencePackSchema.safeParse(broken)
      expect(result.error?.issues[0]?.path).toEqual(['sections', 1, 'list', 'items', 0, 'id'])
    })

    it('rejects text with an unrepaired PDF line break or tab', () => {
      const broken = rawCopy()
      const tip = broken.sections[1]?.list?.items[0]
      if (tip === undefined) throw new Error('tip not found')
      tip.text = 'Neem elke\touder serieus'
      const result = referencePackSchema.safeParse(broken)
      expect(result.error?.issues[0]?.path).toEqual(['sections', 1, 'list', 'items', 0, 'text'])
    })

    it('rejects a block with both a source title and an app label', () => {
      const broken = rawCopy()
      const section = broken.sections[1]
      if (section === undefined) throw new Error('section not found')
      section.appLabel = 'Tips'
      const result = referencePackSchema.safeParse(broken)
      expect(result.error?.issues[0]?.path).toEqual(['sections', 1, 'appLabel'])
    })

    it('checks nested subsections as strictly as sections, reporting the nested path', () => {
      const deepPath = ['sections', 3, 'subsections', 1, 'subsections', 0]
      const misspelt = rawCopy() as unknown as {
        sections: { subsections: { subsections: Record<string, unknown>[] }[] }[]
      }
      const deep = misspelt.sections[3]?.subsections[1]?.subsections[0]
      if (deep === undefined) throw new Error('nested block not found')
      deep.titel = 'Ouders'
      expect(referencePackSchema.safeParse(misspelt).error?.issues[0]).toMatchObject({
        code: 'unrecognized_keys',
        keys: ['titel'],
        path: deepPath
      })

      const doubled = rawCopy()
      const nested = doubled.sections[3]?.subsections?.[1]?.subsections?.[0]
      if (nested === undefined) throw new Error('nested block not found')
      nested.appLabel = 'Ouders'
      expect(referencePackSchema.safeParse(doubled).error?.issues[0]?.path).toEqual([
        ...deepPath,
        'appLabel'
      ])
    })

    it('rejects a section without any heading', () => {
      const broken = rawCopy()
      const section = broken.sections[1]
      if (section === undefined) throw new Error('section not found')
      delete section.title
      const result = referencePackSchema.safeParse(broken)
      expect(result.error?.issues[0]?.path).toEqual(['sections', 1, 'title'])
    })
  })
})
