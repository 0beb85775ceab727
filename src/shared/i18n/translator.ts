import i18next, { type i18n } from 'i18next'
import type { MessageModule, MessageValues } from './define-messages'
import { formatNumber } from './format'
import { defaultLocale, locales, type Locale } from './locale'

export type Translate<K extends string = string> = (key: K, values?: MessageValues) => string

/**
 * Every number filled into a message is written in the reader's format ("7,5", "1.000"); the
 * `count` stays a number for i18next to choose the plural form.
 */
const numberFormatter = {
  type: 'formatter' as const,
  init() {},
  add() {},
  addCached() {},
  format(value: unknown, _format: string | undefined, lng: string | undefined): unknown {
    if (typeof value !== 'number' || !Number.isFinite(value)) return value
    const locale = locales.find((code) => code === lng) ?? defaultLocale
    return formatNumber(locale, value, 2)
  }
}

/** Merges message modules into one dictionary per language. */
export function dictionariesOf(
  modules: readonly MessageModule[]
): Record<Locale, Record<string, string>> {
  return {
    nl: Object.assign({}, ...modules.map((module) => module.nl)) as Record<string, string>,
    en: Object.assign({}, ...modules.map((module) => module.en)) as Record<string, string>
  }
}

/**
 * One i18next instance over the given modules, initialised synchronously (the messages are
 * bundled, nothing loads). Placeholders are `{name}`; keys are flat ("timer.start").
 */
export function createI18n(modules: readonly MessageModule[]): i18n {
  const dictionaries = dictionariesOf(modules)
  const instance = i18next.createInstance()
  void instance.use(numberFormatter).init({
    initAsync: false,
    lng: defaultLocale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    resources: {
      nl: { translation: dictionaries.nl },
      en: { translation: dictionaries.en }
    },
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    returnEmptyString: true,
    interpolation: {
      prefix: '{',
      suffix: '}',
      // React (and docx, and the terminal) escape on output; escaping here would double it.
      escapeValue: false,
      alwaysFormat: true,
      // Nothing in the messages nests other messages; user text must never be read as a key.
      nestingPrefix: '\u0000$t(',
      nestingSuffix: ')\u0000'
    }
  })
  return instance
}

/**
 * A translate function for one language, from an instance made by `createI18n`. A message
 * without values is looked up once: the messages are bundled and never change while the app
 * runs, and i18next takes 7–30 µs a call even for a plain string, on every render of every
 * label.
 */
export function translatorFor<K extends string>(instance: i18n, locale: Locale): Translate<K> {
  // Keys are checked by our own types (K); i18next's key inference does not know our modules.
  const fixed = instance.getFixedT(locale) as unknown as (key: string, values?: object) => string
  const plain = new Map<string, string>()
  return (key, values) => {
    if (values !== undefined) return fixed(key, values)
    const known = plain.get(key)
    if (known !== undefined) return known
    const text = fixed(key)
    plain.set(key, text)
    return text
  }
}
