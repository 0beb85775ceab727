/**
 * One feature's messages: Dutch is the source, English must have exactly the same keys.
 * `{name}` marks a value to fill in.
 */
export function defineMessages<const K extends string>(messages: {
  nl: Record<K, string>
  en: NoInfer<Record<K, string>>
}): { nl: Record<K, string>; en: Record<K, string> } {
  return messages
}
