import type { ApiErrorCode, StorageCause } from '../../../shared/api/result'

/**
 * A failed call; `message` is worded in the screen's language from the error's key and values
 * (the host's Dutch sentence only when the failure came without a key).
 */
export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** For `storage` errors: what is wrong with the disk or the file. */
    readonly storageCause?: StorageCause
  ) {
    super(message)
    this.name = 'ApiCallError'
  }
}
