/** From this share of the limit on, a text field shows how many characters are left. */
export const counterShare = 0.8

export interface CharCount {
  length: number
  max: number
  over: boolean
}

/**
 * What a length counter should say about `text` against `max`: nothing while the text is well
 * inside the limit, the count from 80 % of it, and `over` once it would be refused. Counted as
 * the server counts (the trimmed text's UTF-16 length, zod's `max`), so the counter and the
 * refusal never disagree.
 */
export function charCount(text: string, max: number): CharCount | null {
  const length = text.trim().length
  if (length < max * counterShare) return null
  return { length, max, over: length > max }
}
