/**
 * One feature's messages: Dutch is the source, English must have exactly the same keys.
 * `{name}` marks a value to fill in; numbers are written in the reader's format by the
 * translator. A message about a number of things takes `count` and comes in plural forms:
 * `'cards.count_one': '{count} kaart'`, `'cards.count_other': '{count} kaarten'`, called as
 * `t('cards.count', { count })`.
 */
export function defineMessages<const K extends string>(messages: {
  nl: Record<K, string>
  en: NoInfer<Record<K, string>>
}): { nl: Record<K, string>; en: Record<K, string> } {
  return messages
}

export interface MessageModule {
  nl: Record<string, string>
  en: Record<string, string>
}

/** The plural suffixes i18next appends to a key (Dutch and English use one and other). */
export const pluralSuffixes = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const

type StripPlural<K extends string> =
  K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K

/** The keys a caller uses: plural forms collapse into their base key. */
export type KeysOf<M> = M extends { nl: infer D } ? StripPlural<Extract<keyof D, string>> : never

export type MessageValues = Record<string, string | number>
