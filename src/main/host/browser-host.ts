import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fail, type ApiErrorCode, type ApiResult } from '../../shared/api/result'
import type { Dispatch } from '../services/dispatch'
import {
  BodyTooLargeError,
  isAllowedHost,
  isAllowedOrigin,
  readBody,
  tokenCheck
} from './request-guards'
import { securityHeaders } from './security-headers'
import { acceptedEncodings, encodingHeaders } from './compression'
import { readStaticFile } from './static-files'

export interface BrowserHostOptions {
  dispatch: Dispatch
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
  token?: string
  maxBodyBytes?: number
}

export interface BrowserHost {
  port: number
  token: string
  /** The address to open: the token travels in the fragment, which is never sent to a server. */
  url: string
  close(): Promise<void>
}

const statusForCode: Record<ApiErrorCode, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unknown_method: 404,
  internal: 500,
  unavailable: 503,
  storage: 503
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': type })
  res.end(body)
}

/**
 * Built once: every API answer carries the same headers. An answer is data, never a page, so it
 * gets the headers that protect data (no sniffing, no framing, no loading by another origin, no
 * caching) and not the page-only ones (the renderer's script policy, opener and referrer): each
 * header costs time on every card stored.
 */
const resultHeaders = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin'
}

function sendResult(res: ServerResponse, result: ApiResult<unknown>, status?: number): void {
  res.writeHead(status ?? (result.ok ? 200 : statusForCode[result.error.code]), resultHeaders)
  res.end(JSON.stringify(result))
}

/**
 * The request's path. An API call's plain path (`/api/contribution.add`) is taken as it is; any
 * other goes through URL, which resolves dot segments, so `/api/../x` cannot reach a file.
 */
export function pathOf(url: string): string {
  if (/^\/api\/[\w.-]+$/.test(url) && !url.includes('..')) return url
  return new URL(url, 'http://localhost').pathname
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('base64url')
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024
  let port = options.port ?? 0
  const hasValidToken = tokenCheck(token)

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string) {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST')
      return sendResult(res, fail('validation', 'Gebruik POST voor de API.'), 405)
    }
    if (!hasValidToken(req)) {
      return sendResult(
        res,
        fail(
          'unauthorized',
          'Geen toegang: de toegangscode ontbreekt of klopt niet. Open Samenspel via het adres dat bij het starten werd getoond.'
        )
      )
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendResult(res, fail('validation', 'De API verwacht JSON.'), 415)
    }
    let input: unknown
    try {
      const body = await readBody(req, maxBodyBytes)
      input = body.length === 0 ? {} : JSON.parse(body)
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return sendResult(res, fail('validation', 'Het verzoek is te groot.'), 413)
      }
      return sendResult(res, fail('validation', 'Ongeldige invoer: dit is geen geldige JSON.'))
    }
    sendResult(res, await options.dispatch(method, input))
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req, port) || !isAllowedOrigin(req, port)) {
      return send(res, 403, 'Geweigerd: onbekend adres.', 'text/plain; charset=utf-8')
    }
    const path = pathOf(req.url ?? '/')
    if (path.startsWith('/api/')) return handleApi(req, res, path.slice('/api/'.length))
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD')
      return send(res, 405, 'Methode niet toegestaan.', 'text/plain; charset=utf-8')
    }
    const accepted = acceptedEncodings(req.headers['accept-encoding'])
    const file = await readStaticFile(options.rendererDir, path, accepted)
    if (!file) return send(res, 404, 'Niet gevonden.', 'text/plain; charset=utf-8')
    res.setHeader(
      'Cache-Control',
      file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
    )
    for (const [name, value] of Object.entries(encodingHeaders(file.encoding)))
      res.setHeader(name, value)
    send(res, 200, req.method === 'HEAD' ? '' : file.body, file.contentType)
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[browser-host]', error)
      if (!res.headersSent) sendResult(res, fail('internal', 'Er ging iets mis in Samenspel.'))
      else res.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
