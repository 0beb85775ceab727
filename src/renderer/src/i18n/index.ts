import { create } from 'zustand'
import type { MessageValues } from '../../../shared/i18n/define-messages'
import { createI18n, dictionariesOf, translatorFor } from '../../../shared/i18n/translator'
import { isLocale, type Locale } from '../../../shared/i18n/locale'
import { messageModules, type MessageKey } from './messages'

export { locales, intlLocale, type Locale } from '../../../shared/i18n/locale'

/** The facilitator's screens: every feature module, on i18next (see shared/i18n/translator). */
const i18n = createI18n(messageModules)
const dictionaries = dictionariesOf(messageModules)
const storageKey = 'samenspel.locale'

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(storageKey)
  return isLocale(stored) ? stored : 'nl'
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

export type Translate = (key: MessageKey, values?: MessageValues) => string

const translators: Record<Locale, Translate> = {
  nl: translatorFor<MessageKey>(i18n, 'nl'),
  en: translatorFor<MessageKey>(i18n, 'en')
}

export function translate(locale: Locale): Translate {
  return translators[locale]
}

export function useT(): Translate {
  const locale = useLocaleStore((state) => state.locale)
  return translators[locale]
}

/** The current language outside React (error messages made when a call fails). */
export function currentLocale(): Locale {
  return useLocaleStore.getState().locale
}

export { dictionaries }
export type { MessageKey }
