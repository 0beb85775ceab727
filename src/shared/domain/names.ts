/**
 * How two typed names compare: "De Regenboog" and " de  regenboog" are variants of one name,
 * but only the facilitator may decide they are one school (see merge candidates).
 */
export function normaliseName(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim()
}

export function sameName(a: string, b: string): boolean {
  return normaliseName(a) === normaliseName(b)
}

/** Trimmed, runs of spaces made one: what is stored for a name typed in. */
export function tidyName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}
