import { describe, expect, it } from 'vitest'
import { messageModules } from '../../../src/renderer/src/i18n/messages'
import { translate } from '../../../src/renderer/src/i18n'
import { allMessageModules } from '../../helpers/i18n-modules'
import { createI18n, translatorFor } from '../../../src/shared/i18n/translator'
import { defineMessages } from '../../../src/shared/i18n/define-messages'

const pluralSuffix = /_(zero|one|two|few|many|other)$/
const languages = ['nl', 'en'] as const

/** Every plural category the language's grammar has for whole numbers ("one", "other"). */
function categories(language: string): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].filter(
    (c) => c !== 'zero' || language === 'ar'
  )
}

/** What a test checks a set of modules for: missing keys and missing plural forms. */
function problemsIn(
  modules: readonly { nl: Record<string, string>; en: Record<string, string> }[]
) {
  const problems: string[] = []
  for (const module of modules) {
    for (const language of languages) {
      const other = language === 'nl' ? 'en' : 'nl'
      for (const key of Object.keys(module[other])) {
        if (!(key in module[language])) problems.push(`${language} mist ${key}`)
      }
      const dictionary = module[language]
      const bases = new Set(
        Object.keys(dictionary)
          .filter((key) => pluralSuffix.test(key))
          .map((key) => key.replace(pluralSuffix, ''))
      )
      for (const base of bases) {
        for (const category of categories(language)) {
          if (!(`${base}_${category}` in dictionary)) {
            problems.push(`${language} mist meervoudsvorm ${base}_${category}`)
          }
        }
        if (base in dictionary) problems.push(`${language}: ${base} staat er ook zonder vorm`)
      }
      // A message about a number of things must come in plural forms.
      for (const [key, text] of Object.entries(dictionary)) {
        if (text.includes('{count}') && !pluralSuffix.test(key)) {
          problems.push(`${language}: ${key} telt {count} maar heeft geen meervoudsvormen`)
        }
      }
    }
  }
  return problems
}

describe('i18n', () => {
  it('has every key in Dutch and English alike, and every plural form of a count message', () => {
    expect(problemsIn(allMessageModules)).toEqual([])
  })

  it('catches a key missing in one language and a missing plural form', () => {
    const broken = defineMessages({
      nl: { 'x.one': 'Een', 'x.count_one': '{count} ding', 'x.count_other': '{count} dingen' },
      en: { 'x.one': 'One', 'x.count_other': '{count} things' } as never
    })
    const flat = defineMessages({
      nl: { 'y.count': '{count} dingen' },
      en: { 'y.count': '{count} things' }
    })
    expect(problemsIn([broken, flat])).toEqual([
      'en mist x.count_one',
      'en mist meervoudsvorm x.count_one',
      'nl: y.count telt {count} maar heeft geen meervoudsvormen',
      'en: y.count telt {count} maar heeft geen meervoudsvormen'
    ])
  })

  it('defines each key in one module only', () => {
    const seen = new Set<string>()
    for (const module of allMessageModules) {
      for (const key of Object.keys(module.nl)) {
        expect(seen.has(key), key).toBe(false)
        seen.add(key)
      }
    }
  })

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const module of allMessageModules) {
      for (const [key, dutch] of Object.entries(module.nl)) {
        const english = (module.en as Record<string, string>)[key] ?? ''
        expect(placeholders(english), key).toEqual(placeholders(dutch as string))
      }
    }
  })

  it('chooses the plural form by count and writes numbers as the reader does', () => {
    const nl = translate('nl')
    const en = translate('en')
    expect(nl('wrapUp.cardCount', { count: 1 })).toBe('1 bijdrage')
    expect(nl('wrapUp.cardCount', { count: 0 })).toBe('0 bijdragen')
    expect(nl('wrapUp.cardCount', { count: 1500 })).toBe('1.500 bijdragen')
    expect(en('wrapUp.cardCount', { count: 1500 })).toBe('1,500 contributions')
    expect(nl('qs.resultsTitle', { count: 1 })).toBe('Uitkomst (1 invuller)')
    expect(nl('qs.gradeSummary', { median: 7.5, min: 6, max: 8.5, count: 4 })).toBe(
      'Cijfer: 7,5 (van 6 tot 8,5, 4 cijfers)'
    )
    expect(en('qs.gradeSummary', { median: 7.5, min: 6, max: 8.5, count: 1 })).toBe(
      'Grade: 7.5 (from 6 to 8.5, 1 grade)'
    )
    expect(nl('cmp.lower', { steps: 0.5 })).toBe('0,5 stap lager dan toen')
  })

  it('fills in user text as it is: no escaping, no nesting of other messages', () => {
    const modules = [
      defineMessages({ nl: { 'z.says': 'Je zei: {text}' }, en: { 'z.says': 'You said: {text}' } })
    ]
    const t = translatorFor(createI18n(modules), 'nl')
    expect(t('z.says', { text: '<b>"Tom & Jerry"</b> $t(z.says) {text}' })).toBe(
      'Je zei: <b>"Tom & Jerry"</b> $t(z.says) {text}'
    )
  })

  it('gives a plain message the same text every time, per language, and still fills values', () => {
    const modules = [
      defineMessages({
        nl: { 'z.plain': 'Opgeslagen', 'z.count': '{n} over' },
        en: { 'z.plain': 'Saved', 'z.count': '{n} left' }
      })
    ]
    const instance = createI18n(modules)
    const nl = translatorFor(instance, 'nl')
    const en = translatorFor(instance, 'en')
    expect([nl('z.plain'), nl('z.plain'), en('z.plain'), en('z.plain')]).toEqual([
      'Opgeslagen',
      'Opgeslagen',
      'Saved',
      'Saved'
    ])
    expect([nl('z.count', { n: 1000 }), nl('z.count', { n: 2 })]).toEqual(['1.000 over', '2 over'])
    // A key without a message is shown as the key, as i18next does, on every call.
    expect([nl('z.missing'), nl('z.missing')]).toEqual(['z.missing', 'z.missing'])
  })

  it('keeps the facilitator modules in the list the checks read', () => {
    for (const module of messageModules) expect(allMessageModules).toContain(module)
  })
})
