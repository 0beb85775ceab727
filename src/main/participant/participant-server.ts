import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { storageCauseOf } from '../db/storage-fault'
import { ServiceError } from '../services/service-error'
import { securityHeaders } from '../host/security-headers'
import { acceptedEncodings, encodingHeaders, type Encoding } from '../host/compression'
import { readStaticFile } from '../host/static-files'
import type { ApiHandler } from './participant-api'
import { hostMatches, ParticipantError, sendError } from './participant-http'
import type { ParticipantLimits } from './participant-limits'

/** Sent on a connection beyond one address's share, before it is closed. */
const tooManyConnections =
  'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 5\r\n' +
  'Content-Length: 0\r\n\r\n'

/** Counts open connections per remote address and turns away those beyond `max`. */
function capConnectionsPerAddress(server: Server, max: number): void {
  const open = new Map<string, number>()
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? ''
    const count = (open.get(address) ?? 0) + 1
    if (count > max) {
      socket.end(tooManyConnections)
      return
    }
    open.set(address, count)
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1
      if (left > 0) open.set(address, left)
      else open.delete(address)
    })
  })
}

export interface ParticipantServerOptions {
  address: string
  /** Tried first; when it is taken, any free port. 0: any free port. */
  preferredPort: number
  /** The built renderer (out/renderer), holding participant.html and assets/. */
  rendererDir: string | undefined
  api: ApiHandler
  limits: Pick<
    ParticipantLimits,
    'headersTimeoutMs' | 'requestTimeoutMs' | 'keepAliveTimeoutMs' | 'connectionsPerAddress'
  >
}

export interface ParticipantServer {
  port: number
  /** The process may exit while this server still listens (its last seconds after joining closed). */
  unref(): void
  /** Stops listening and drops every open connection (long polls and keep-alives included). */
  close(): Promise<void>
}

const allowedMethods = new Set(['GET', 'HEAD', 'POST'])

const statusForServiceError: Record<string, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404
}

function asParticipantError(error: unknown): ParticipantError {
  if (error instanceof ParticipantError) return error
  if (error instanceof ServiceError && statusForServiceError[error.code]) {
    return new ParticipantError(
      statusForServiceError[error.code] ?? 500,
      error.reason ?? error.message,
      {},
      undefined,
      error.params
    )
  }
  console.error('[participant-server]', error)
  if (storageCauseOf(error)) {
    // Not the participant's fault and not lost on their phone: they can send it again.
    return new ParticipantError(503, 'error.phone.storage', { 'Retry-After': '5' }, 'storage')
  }
  return new ParticipantError(500, 'error.phone.internal')
}

/** Only the page and its hashed assets; no listing, no other file of the app. */
async function findStatic(path: string, dir: string | undefined, accepted: readonly Encoding[]) {
  if (dir === undefined) return null
  if (path === '/') return readStaticFile(dir, '/participant.html', accepted)
  // Rooted at assets/ itself, so no encoded "../" can climb out to the rest of the build.
  if (path.startsWith('/assets/')) {
    return readStaticFile(join(dir, 'assets'), path.slice('/assets'.length), accepted)
  }
  return null
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, path: string, dir?: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new ParticipantError(405, 'error.phone.wrongMethod', {
      Allow: 'GET, HEAD'
    })
  }
  // Phones on school Wi-Fi get the build's brotli or gzip copy.
  const file = await findStatic(path, dir, acceptedEncodings(req.headers['accept-encoding']))
  if (!file) throw new ParticipantError(404, 'error.phone.notFound')
  res.writeHead(200, {
    ...securityHeaders,
    ...encodingHeaders(file.encoding),
    'Content-Type': file.contentType,
    // Assets are named by their hash; the page must be fetched anew to pick up a new build.
    'Cache-Control': path === '/' ? 'no-store' : 'public, max-age=31536000, immutable'
  })
  res.end(req.method === 'HEAD' ? '' : file.body)
}

/** An API path as the page asks it: nothing to decode or resolve, so no URL object is needed. */
const plainApiPath = /^\/api\/[a-z][a-z/-]*$/

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/'
  if (plainApiPath.test(url) && !url.includes('//')) return url
  try {
    return new URL(url, 'http://deelnemer.invalid').pathname
  } catch {
    throw new ParticipantError(400, 'error.phone.badAddress')
  }
}

function listen(server: Server, port: number, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: Error) => reject(error)
    server.once('error', failed)
    server.listen(port, address, () => {
      server.off('error', failed)
      resolve()
    })
  })
}

async function listenPreferring(server: Server, options: ParticipantServerOptions) {
  try {
    await listen(server, options.preferredPort, options.address)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
    await listen(server, 0, options.address)
  }
  return (server.address() as AddressInfo).port
}

export async function startParticipantServer(
  options: ParticipantServerOptions
): Promise<ParticipantServer> {
  let port = 0
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!hostMatches(req, options.address, port)) {
      throw new ParticipantError(403, 'error.phone.unknownHost')
    }
    // OPTIONS (no CORS preflight is ever answered), TRACE and the rest, on any path.
    if (!allowedMethods.has(req.method ?? '')) {
      throw new ParticipantError(405, 'error.phone.wrongMethod', {
        Allow: 'GET, HEAD, POST'
      })
    }
    const path = pathOf(req)
    if (path === '/api' || path.startsWith('/api/')) return options.api(req, res, path)
    return serveStatic(req, res, path, options.rendererDir)
  }
  const { limits } = options
  // Slow or idle sockets must not pile up on a laptop shared with a whole class. Node checks
  // the header and request timeouts only every `connectionsCheckingInterval` (30 s unless
  // told): checked four times per header timeout, the documented limits are the real ones.
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.floor(limits.headersTimeoutMs / 4))
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => sendError(res, asParticipantError(error)))
    }
  )
  capConnectionsPerAddress(server, limits.connectionsPerAddress)
  port = await listenPreferring(server, options)
  return {
    port,
    unref: () => void server.unref(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
