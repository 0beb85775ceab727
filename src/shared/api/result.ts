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

/** `message` is Dutch and meant for the user. */
export interface ApiError {
  code: ApiErrorCode
  message: string
}

/**
 * Errors travel as values: Electron's invoke would strip everything but the message from a
 * thrown error, and HTTP has to serialise them anyway.
 */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

export function ok<T>(data: T): ApiResult<T> {
  return { ok: true, data }
}

export function fail(code: ApiErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } }
}
