import { create } from 'zustand'
import { messageModules, type MessageKey } from './messages'

export const locales = ['nl', 'en'] as const
export type Locale = (typeof locales)[number]

const dictionaries: Record<Locale, Record<string, string>> = {
  nl: Object.assign({}, ...messageModules.map((module) => module.nl)),
  en: Object.assign({}, ...messageModules.map((module) => module.en))
}
const storageKey = 'samenspel.locale'

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(storageKey)
  return stored === 'en' ? 'en' : 'nl'
}

interface LocaleState {
  locale: Locale
  setLocale(locale: Locale): void
}

export const useLocaleStore = create<LocaleState>((set) => ({
  locale: initialLocale(),
  setLocale(locale) {
    globalThis.localStorage?.setItem(storageKey, locale)
    document.documentElement.lang = locale
    set({ locale })
  }
}))

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

export function translate(locale: Locale): Translate {
  const dictionary = dictionaries[locale]
  return (key, values) =>
    (dictionary[key] ?? key).replace(/\{(\w+)\}/g, (whole: string, name: string) =>
      values && name in values ? String(values[name]) : whole
    )
}

export function useT(): Translate {
  const locale = useLocaleStore((state) => state.locale)
  return translate(locale)
}

/** Intl locale tag for dates and numbers. */
export function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB'
}

export { dictionaries }
export type { MessageKey }
