import { dutchErrorText, isErrorKey, type ErrorReason } from '../i18n/error-text'
import type { MessageValues } from '../i18n/define-messages'
import type { ErrorKey } from '../i18n/messages/errors'

/** Why a call failed; the renderer may choose its own wording per code. */
export const apiErrorCodes = [
  'validation',
  'not_found',
  'unknown_method',
  'unauthorized',
  'forbidden',
  'internal',
  'unavailable'
] as const

export type ApiErrorCode = (typeof apiErrorCodes)[number]

/**
 * `reason` and `params` say what went wrong as data, for the caller to put into its own
 * language; `message` is the same in Dutch (or, for a failure without a key, the only text).
 */
export interface ApiError {
  code: ApiErrorCode
  message: string
  reason?: ErrorKey
  params?: MessageValues
}

/**
 * Errors travel as values: Electron's invoke would strip everything but the message from a
 * thrown error, and HTTP has to serialise them anyway.
 */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

export function ok<T>(data: T): ApiResult<T> {
  return { ok: true, data }
}

/** A failure, from an error key and its values (preferred) or from a ready Dutch sentence. */
export function fail(code: ApiErrorCode, why: ErrorKey | ErrorReason | string): ApiResult<never> {
  return { ok: false, error: apiError(code, why) }
}

export function apiError(code: ApiErrorCode, why: ErrorKey | ErrorReason | string): ApiError {
  const reason = typeof why === 'string' ? asReason(why) : why
  if (!reason) return { code, message: why as string }
  const error: ApiError = { code, message: dutchErrorText(reason.reason, reason.params) }
  error.reason = reason.reason
  if (reason.params) error.params = reason.params
  return error
}

function asReason(text: string): ErrorReason | null {
  return isErrorKey(text) ? { reason: text } : null
}
