import type { ApiErrorCode } from '../../shared/api/result'

/** A failure the user should hear about, with a Dutch message; anything else is a bug. */
export class ServiceError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}
