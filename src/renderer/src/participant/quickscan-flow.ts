import type { ParticipantQuickscan } from '../../../shared/participant/protocol'
import type { QuickscanAnswer } from '../../../shared/content/quickscan'

type AnswerOption = ParticipantQuickscan['answers'][number]

/** Where to resume: the first item without an answer, or the grades when every item has one. */
export function firstOpenStep(
  scan: ParticipantQuickscan,
  answers: Record<string, unknown>
): number {
  const index = scan.questions.findIndex((question) => answers[question.id] === undefined)
  return index < 0 ? scan.questions.length : index
}

/** Keys 1–6 give the answers in the order the scan prints them (`++` … `?`). */
export function answerForKey(key: string, options: AnswerOption[]): QuickscanAnswer | null {
  if (!/^[1-9]$/.test(key)) return null
  return options[Number(key) - 1]?.value ?? null
}

/** A keystroke meant for a field or a shortcut of the browser is not an answer. */
export function isAnswerKeystroke(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false
  const target = event.target
  return !(
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

/** The record with `key` set to `value`, or without `key` when there is no value. */
export function withEntry<T>(
  record: Record<string, T>,
  key: string,
  value: T | null | undefined
): Record<string, T> {
  const rest = Object.fromEntries(Object.entries(record).filter(([name]) => name !== key))
  return value === null || value === undefined ? rest : { ...rest, [key]: value }
}
