import type { KeysOf } from '../../shared/i18n/define-messages'
import type { Locale } from '../../shared/i18n/locale'
import { shellMessages } from '../../shared/i18n/messages/shell'
import { createI18n, translatorFor } from '../../shared/i18n/translator'

/**
 * The main process's words (menus, dialogs), on the app's one i18n mechanism (i18next, the
 * reader's number format); the messages live in shared/i18n/messages/shell.ts.
 */
export type MainMessageKey = KeysOf<typeof shellMessages>
export type MainLanguage = Locale
export type MainT = (key: MainMessageKey, values?: Record<string, string>) => string

const i18n = createI18n([shellMessages])

export function mainMessages(language: MainLanguage = 'nl'): MainT {
  return translatorFor<MainMessageKey>(i18n, language)
}
