import type { IncomingMessage, ServerResponse } from 'node:http'
import type { z } from 'zod'
import { describeValidationError, interpreted } from '../../shared/api/validation'
import { isJoinCode } from './join-code'
import type { JoinedDeviceRef, JoiningState } from './joining-registry'
import { join, type ParticipantContext } from './participant-actions'
import {
  bearerToken,
  hasCsrfHeader,
  isJsonRequest,
  ParticipantError,
  readLimitedBody,
  sendJson
} from './participant-http'
import type { ParticipantLimits } from './participant-limits'
import { deviceRoutes, joinInfoRoute, joinRoute, type DeviceRoute } from './participant-routes'
import { createTokenBucket, createWindowLimiter, type Verdict } from './rate-limit'

export type ApiHandler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>

function checkMethodAndHeaders(req: IncomingMessage, method: 'GET' | 'POST'): void {
  if (req.method !== method) {
    throw new ParticipantError(405, 'error.phone.wrongMethod', { Allow: method })
  }
  if (!hasCsrfHeader(req)) throw new ParticipantError(403, 'error.phone.missingHeader')
  // A GET has no body, so its content type says nothing; the page sends JSON's anyway.
  if (method === 'POST' && !isJsonRequest(req)) {
    throw new ParticipantError(415, 'error.phone.notJson')
  }
}

function enforce(verdict: Verdict): void {
  if (verdict.ok) return
  const seconds = verdict.retryAfterSeconds
  throw new ParticipantError(
    429,
    'error.phone.tooMany',
    { 'Retry-After': String(seconds) },
    undefined,
    { count: seconds }
  )
}

async function parseBody<S extends z.ZodType>(
  req: IncomingMessage,
  schema: S,
  limitBytes: number
): Promise<z.output<S>> {
  const text = await readLimitedBody(req, limitBytes)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new ParticipantError(400, 'error.phone.badJson')
  }
  const parsed = schema.safeParse(raw, interpreted)
  if (!parsed.success) {
    throw new ParticipantError(400, 'error.phone.invalid', {}, undefined, {
      detail: describeValidationError(parsed.error)
    })
  }
  return parsed.data
}

/** 410 once the facilitator closed joining: the phone says the session is over and stops. */
function refuseWhenEnded(joining: JoiningState): void {
  if (joining.ended)
    throw new ParticipantError(410, 'error.phone.sessionEnded', {}, 'session-ended')
}

/** Unknown, revoked and stopped tokens alike: the device has to join again. */
function authenticate(req: IncomingMessage, joining: JoiningState): JoinedDeviceRef {
  refuseWhenEnded(joining)
  const token = bearerToken(req)
  const device = token === undefined ? undefined : joining.deviceFor(token)
  if (!device) {
    const reset = token !== undefined && joining.wasReset(token)
    throw new ParticipantError(401, reset ? 'error.phone.sessionReset' : 'error.phone.notJoined')
  }
  return device
}

/** The participant server's API: joining, and what a joined device may do with its token. */
export function createParticipantApi(p: ParticipantContext, limits: ParticipantLimits): ApiHandler {
  const joins = createWindowLimiter(limits.joinsPerMinute, 60_000)
  const buckets = {
    submit: createTokenBucket(limits.submitBurst, limits.submitPerSecond),
    other: createTokenBucket(limits.otherBurst, limits.otherPerSecond)
  }

  async function handleJoin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    checkMethodAndHeaders(req, 'POST')
    refuseWhenEnded(p.joining)
    const address = req.socket.remoteAddress ?? 'onbekend'
    enforce(joins.take(address))
    const body = await parseBody(req, joinRoute.body, limits.maxBodyBytes)
    if (!isJoinCode(body.code, p.joining.code)) {
      // A guess costs double: ten tries a minute, five of them wrong.
      joins.charge(address, 1)
      throw new ParticipantError(401, 'error.phone.wrongCode')
    }
    const joined = await p.ctx.busyGate.run(() => join(p, body))
    sendJson(res, 200, joinRoute.response.parse(joined, interpreted))
  }

  function handleJoinInfo(req: IncomingMessage, res: ServerResponse): void {
    checkMethodAndHeaders(req, 'GET')
    refuseWhenEnded(p.joining)
    enforce(buckets.other.take(`info:${req.socket.remoteAddress ?? 'onbekend'}`))
    const info = { nameRequired: p.joining.settings.requireNames }
    sendJson(res, 200, joinInfoRoute.response.parse(info, interpreted))
  }

  async function handleDevice(req: IncomingMessage, res: ServerResponse, route: DeviceRoute) {
    checkMethodAndHeaders(req, route.method)
    const device = authenticate(req, p.joining)
    enforce(buckets[route.limit].take(device.id))
    const body = route.body ? await parseBody(req, route.body, limits.maxBodyBytes) : undefined
    // Another program holding the database: wait for it between turns, never on the loop.
    const result = await p.ctx.busyGate.run(() => route.handle(p, device, body))
    sendJson(res, 200, route.response.parse(result, interpreted))
  }

  return async (req, res, path) => {
    if (path === joinRoute.path) return handleJoin(req, res)
    if (path === joinInfoRoute.path) return handleJoinInfo(req, res)
    const route = Object.hasOwn(deviceRoutes, path) ? deviceRoutes[path] : undefined
    if (!route) throw new ParticipantError(404, 'error.phone.notFound')
    return handleDevice(req, res, route)
  }
}
