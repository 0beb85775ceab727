/** The languages Samenspel speaks. Dutch is the source and the default everywhere. */
export const locales = ['nl', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'nl'

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en'
}

/** Intl locale tag for dates and numbers: Dutch as in the Netherlands, English as in Britain. */
export function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB'
}

/**
 * The first of a browser's preferred languages that Samenspel speaks; Dutch when none is.
 * (A phone set to German gets Dutch, the language of the meeting, not English.)
 */
export function pickLocale(preferred: readonly string[] | undefined): Locale {
  for (const tag of preferred ?? []) {
    const language = tag.toLowerCase().split('-')[0]
    if (isLocale(language)) return language
  }
  return defaultLocale
}
