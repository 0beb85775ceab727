import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { participantPorts } from '../../helpers/participant-ports'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { afterEach } from 'vitest'
import {
  createParticipantHost,
  type ParticipantHost
} from '../../../src/main/participant/participant-host'
import type { ParticipantLimits } from '../../../src/main/participant/participant-limits'
import { createDispatch } from '../../../src/main/services/dispatch'
import { createServices } from '../../../src/main/services'
import type { JoiningSettings, JoiningStatus } from '../../../src/shared/domain/joining'
import { makeTempDir } from '../../helpers/temp-dir'
import {
  call,
  makeTestDb,
  repoResourcesDir,
  sampleDetails,
  testAppInfo,
  testContent,
  type TestCore
} from '../../helpers/test-core'

export const defaultSettings: JoiningSettings = {
  requireNames: false,
  moderation: false,
  openScreenIds: [],
  quickscanOpen: false
}

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/** A built renderer in miniature: the participant page, the facilitator's page, one asset. */
function fakeRendererDir(): string {
  const dir = makeTempDir('samenspel-renderer-')
  cleanups.push(dir.remove)
  mkdirSync(join(dir.path, 'assets'))
  writeFileSync(join(dir.path, 'participant.html'), '<!doctype html><title>Meedoen</title>')
  writeFileSync(join(dir.path, 'index.html'), '<!doctype html><title>Gespreksleider</title>')
  writeFileSync(join(dir.path, 'assets', 'participant-abc123.js'), 'console.log(1)')
  // As the build writes them: the same script precompressed.
  const script = Buffer.from('console.log(1)')
  writeFileSync(join(dir.path, 'assets', 'participant-abc123.js.br'), brotliCompressSync(script))
  writeFileSync(join(dir.path, 'assets', 'participant-abc123.js.gz'), gzipSync(script))
  return dir.path
}

/** Services with a real participant host on a free port, stopped after the test. */
export function makeJoiningCore(limits: Partial<ParticipantLimits> = {}, endNoticeMs?: number) {
  const db = makeTestDb()
  let tick = 0
  const now = () => new Date(Date.UTC(2026, 10, 22, 9, 0, tick++)).toISOString()
  const host: ParticipantHost = createParticipantHost({
    rendererDir: fakeRendererDir(),
    preferredPort: 0,
    limits,
    endNoticeMs
  })
  cleanups.push(() => host.stop())
  const errors: unknown[] = []
  const services = createServices({
    db,
    content: testContent(),
    appInfo: testAppInfo,
    resourcesDir: repoResourcesDir,
    ...participantPorts(host),
    now
  })
  const dispatch = createDispatch(services, { logError: (error) => errors.push(error) })
  const core: TestCore = { db, dispatch, errors }
  return { core, host }
}

/** A session that is joining on 127.0.0.1, on the screen `position`. */
export async function joiningSession(
  settings: Partial<JoiningSettings> = {},
  options: { limits?: Partial<ParticipantLimits>; position?: string; endNoticeMs?: number } = {}
) {
  const { core, host } = makeJoiningCore(options.limits, options.endNoticeMs)
  const { id: sessionId } = await call<{ id: string }>(core, 'session.create', sampleDetails)
  const screenId = options.position ?? 'stap1-vraag-1'
  await call(core, 'session.setPosition', { sessionId, screenId })
  const status = await call<JoiningStatus>(core, 'joining.start', {
    sessionId,
    address: '127.0.0.1',
    ...defaultSettings,
    ...settings
  })
  const port = Number(new URL(status.url).port)
  return { core, host, sessionId, status, port, code: status.code }
}

export interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
  /** The body's bytes as sent (compressed, when the server compressed it). */
  raw: Buffer
  json(): Record<string, unknown>
}

export interface RawRequest {
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string
}

/** Every response seen, so a test can check a header across all of them. */
export const seenResponses: RawResponse[] = []

/** A plain node:http request, so the test decides every header, Host included. */
export function rawRequest(port: number, options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        agent: false,
        headers: { host: `127.0.0.1:${port}`, ...options.headers }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const raw = Buffer.concat(chunks)
          const body = raw.toString('utf8')
          const response = {
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            raw,
            json: () => JSON.parse(body) as Record<string, unknown>
          }
          seenResponses.push(response)
          resolve(response)
        })
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

export const csrf = { 'x-samenspel-deelnemer': '1' }

/** A request as the participant page makes it: JSON, the custom header, the token. */
export function api(
  port: number,
  method: 'GET' | 'POST',
  path: string,
  options: { token?: string; body?: unknown } = {}
): Promise<RawResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...csrf }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  const body = options.body === undefined ? undefined : JSON.stringify(options.body)
  return rawRequest(port, { method, path, headers, body })
}

export async function joinAs(port: number, code: string, name = ''): Promise<string> {
  const res = await api(port, 'POST', '/api/join', { body: { code, name } })
  if (res.status !== 200) throw new Error(`join: ${res.status} ${res.body}`)
  return String(res.json().token)
}

export function submit(port: number, token: string, text: string, screenId = 'stap1-vraag-1') {
  return api(port, 'POST', '/api/contributions', { token, body: { screenId, text } })
}
