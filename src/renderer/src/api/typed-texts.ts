/** Keys whose values are references or settings, not something a person typed. */
const notTyped = /(^id$|Id$|^ids$|Ids$|At$|^date$|^tag$|^role$|^status$|^answer$|^grade$)/

/**
 * The text a person typed in a write's input (a card, a note, an action's fields), so a
 * refused write can be shown and copied instead of vanishing.
 */
export function typedTexts(input: unknown): string[] {
  const found: string[] = []
  const visit = (value: unknown, key: string) => {
    if (notTyped.test(key)) return
    if (typeof value === 'string') {
      if (value.trim() !== '') found.push(value)
    } else if (Array.isArray(value)) {
      value.forEach((item) => visit(item, key))
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k)
    }
  }
  visit(input, '')
  return found
}
