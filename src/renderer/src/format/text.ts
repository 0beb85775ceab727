/**
 * The content packs keep the card's lower-case sentence fragments ("laat leraren …") word for
 * word; shown on their own they start with a capital.
 */
export function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1)
}
