import type { KeysOf } from '../../../shared/i18n/define-messages'
import { pickLocale, type Locale } from '../../../shared/i18n/locale'
import { errorMessages } from '../../../shared/i18n/messages/errors'
import { createI18n, translatorFor, type Translate } from '../../../shared/i18n/translator'
import { participantMessages } from '../i18n/messages/participant'

/** Only what a phone needs: its own page and the server's refusals (the page loads small). */
export const participantModules = [participantMessages, errorMessages] as const
export type PhoneKey = KeysOf<(typeof participantModules)[number]>

const i18n = createI18n(participantModules)
const translators: Record<Locale, Translate<PhoneKey>> = {
  nl: translatorFor<PhoneKey>(i18n, 'nl'),
  en: translatorFor<PhoneKey>(i18n, 'en')
}

/** The phone's own language: English if it prefers English, else Dutch (the meeting's). */
export function phoneLocale(): Locale {
  return pickLocale(globalThis.navigator?.languages)
}

/** Words in the phone's language (read at each call: a phone may change it in between). */
export const t: Translate<PhoneKey> = (key, values) => translators[phoneLocale()](key, values)
