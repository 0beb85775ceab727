import type { IncomingMessage, ServerResponse } from 'node:http'
import { apiError } from '../../shared/api/result'
import type { MessageValues } from '../../shared/i18n/define-messages'
import type { ErrorKey } from '../../shared/i18n/messages/errors'
import { participantCsrfHeader } from '../../shared/participant/protocol'
import { BodyTooLargeError, readBody } from '../host/request-guards'
import { securityHeaders } from '../host/security-headers'

/**
 * A refusal for the participant's page: a status, an error key with its values (the phone
 * words it in its own language) and the same in Dutch for a page that does not know the key.
 */
export class ParticipantError extends Error {
  readonly reason?: ErrorKey
  readonly params?: MessageValues

  constructor(
    readonly status: number,
    why: ErrorKey | (string & {}),
    readonly headers: Record<string, string> = {},
    /** For the page to tell cases apart without reading the text. */
    readonly code?: string,
    params?: MessageValues
  ) {
    const error = apiError('validation', params ? { reason: why as ErrorKey, params } : why)
    super(error.message)
    this.name = 'ParticipantError'
    if (error.reason) this.reason = error.reason
    if (error.params) this.params = error.params
  }
}

// Every answer is private to one device and may change a second later: never cached.
const jsonHeaders = {
  ...securityHeaders,
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store'
}

const noHeaders: Record<string, string> = {}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = noHeaders
): void {
  if (res.headersSent) return void res.destroy()
  res.writeHead(status, headers === noHeaders ? jsonHeaders : { ...jsonHeaders, ...headers })
  res.end(JSON.stringify(body))
}

export function sendError(res: ServerResponse, error: ParticipantError): void {
  const body = {
    error: error.message,
    ...(error.code ? { code: error.code } : {}),
    ...(error.reason ? { reason: error.reason } : {}),
    ...(error.params ? { params: error.params } : {})
  }
  sendJson(res, error.status, body, error.headers)
}

/** Only the address participants were given: a rebinding DNS name gets nothing. */
export function hostMatches(req: IncomingMessage, address: string, port: number): boolean {
  return req.headers.host?.toLowerCase() === `${address}:${port}`
}

/** A header a cross-site form or image cannot send, and no CORS lets a script send it. */
export function hasCsrfHeader(req: IncomingMessage): boolean {
  return req.headers[participantCsrfHeader] === '1'
}

export function isJsonRequest(req: IncomingMessage): boolean {
  const header = req.headers['content-type'] ?? ''
  if (header === 'application/json') return true
  const type = header.split(';')[0]?.trim().toLowerCase()
  return type === 'application/json'
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined
}

/** The body as text, refused with 413 past `limitBytes` (declared or actually sent). */
export async function readLimitedBody(req: IncomingMessage, limitBytes: number): Promise<string> {
  try {
    return await readBody(req, limitBytes)
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error
    // Close the connection: the rest of an oversized body is not worth reading.
    throw new ParticipantError(413, 'error.phone.tooLarge', { Connection: 'close' })
  }
}
