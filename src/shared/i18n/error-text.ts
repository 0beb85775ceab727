import type { MessageValues } from './define-messages'
import { errorMessages, type ErrorKey } from './messages/errors'
import { createI18n, translatorFor } from './translator'

const errorI18n = createI18n([errorMessages])

/** The Dutch wording of an error key: what travels beside the key for logs and old callers. */
export const dutchErrorText = translatorFor<ErrorKey>(errorI18n, 'nl')

const errorKeys = new Set(
  Object.keys(errorMessages.nl).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''))
)

export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === 'string' && errorKeys.has(value)
}

/** What a failure says, as data: a key from the error messages and the values it fills in. */
export interface ErrorReason {
  reason: ErrorKey
  params?: MessageValues
}
