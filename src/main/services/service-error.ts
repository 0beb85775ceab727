import { apiError, type ApiErrorCode } from '../../shared/api/result'
import type { MessageValues } from '../../shared/i18n/define-messages'
import type { ErrorKey } from '../../shared/i18n/messages/errors'

/**
 * A failure the user should hear about; anything else is a bug. Give it an error key (and
 * the values it fills in): the caller's screen words it in its own language. A plain Dutch
 * sentence is still accepted for messages made elsewhere (a refused backup, a bad file).
 */
export class ServiceError extends Error {
  readonly reason?: ErrorKey
  readonly params?: MessageValues

  constructor(
    readonly code: ApiErrorCode,
    why: ErrorKey | (string & {}),
    params?: MessageValues
  ) {
    const error = apiError(code, params ? { reason: why as ErrorKey, params } : why)
    super(error.message)
    this.name = 'ServiceError'
    if (error.reason) this.reason = error.reason
    if (error.params) this.params = error.params
  }
}
