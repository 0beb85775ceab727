/** Why a call failed; the renderer may choose its own wording per code. */
export const apiErrorCodes = [
  'validation',
  'not_found',
  'unknown_method',
  'unauthorized',
  'forbidden',
  'internal',
  'unavailable',
  'storage'
] as const

export type ApiErrorCode = (typeof apiErrorCodes)[number]

/**
 * Why the store could not write, for `storage` errors: none of these is the caller's fault,
 * so a write that met one is kept and tried again.
 */
export const storageCauses = [
  'busy',
  'full',
  'read_only',
  'not_directory',
  'permission',
  'io'
] as const

export type StorageCause = (typeof storageCauses)[number]

/** `message` is Dutch and meant for the user. */
export interface ApiError {
  code: ApiErrorCode
  message: string
  /** Only for `storage`: what is wrong with the disk or the file. */
  cause?: StorageCause
}

/**
 * Errors travel as values: Electron's invoke would strip everything but the message from a
 * thrown error, and HTTP has to serialise them anyway.
 */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

export function ok<T>(data: T): ApiResult<T> {
  return { ok: true, data }
}

export function fail(code: ApiErrorCode, message: string, cause?: StorageCause): ApiResult<never> {
  return { ok: false, error: cause ? { code, message, cause } : { code, message } }
}
