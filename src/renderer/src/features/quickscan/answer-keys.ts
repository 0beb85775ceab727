import { answerValues, type QuickscanAnswer } from '../../../../shared/content/quickscan'

/** Keys 1–6 give the six answers in the scan's order; `?` also gives "geen zicht". */
export function answerForKey(key: string): QuickscanAnswer | null {
  if (key === '?') return '?'
  const index = Number(key) - 1
  return Number.isInteger(index) && index >= 0 && index < answerValues.length
    ? (answerValues[index] ?? null)
    : null
}

export function keyForAnswer(answer: QuickscanAnswer): string {
  return String(answerValues.indexOf(answer) + 1)
}
