import type { KeysOf } from '../shared/i18n/define-messages'
import { isLocale, type Locale } from '../shared/i18n/locale'
import { cliMessages } from '../shared/i18n/messages/cli'
import { createI18n, translatorFor, type Translate } from '../shared/i18n/translator'

export type CliKey = KeysOf<typeof cliMessages>

const i18n = createI18n([cliMessages])

/**
 * The terminal's language: Dutch, unless SAMENSPEL_LANG=en asks for English. (Not LANG: a
 * Dutch facilitator's laptop often runs an English system.)
 */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const wanted = env.SAMENSPEL_LANG?.toLowerCase()
  return isLocale(wanted) ? wanted : 'nl'
}

export function cliText(locale: Locale = cliLocale()): Translate<CliKey> {
  return translatorFor<CliKey>(i18n, locale)
}
