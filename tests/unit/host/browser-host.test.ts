import { request } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { gunzipSync, gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pathOf, startBrowserHost, type BrowserHost } from '../../../src/main/host/browser-host'
import { allMethods, garbageInputs } from '../../helpers/garbage-inputs'
import { makeTempDir } from '../../helpers/temp-dir'
import { makeTestCore, sampleDetails } from '../../helpers/test-core'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

let host: BrowserHost
const rendererDir = makeTempDir('samenspel-renderer-')

/** Raw HTTP, so the test controls the Host header the way a rebinding attacker would. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${host.port}`, ...options.headers }
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

function callApi(method: string, input: unknown, headers: Record<string, string> = {}) {
  return send(`/api/${method}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${host.token}`,
      'Content-Type': 'application/json',
      ...headers
    },
    body: JSON.stringify(input)
  })
}

beforeAll(async () => {
  mkdirSync(join(rendererDir.path, 'assets'))
  writeFileSync(join(rendererDir.path, 'index.html'), '<!doctype html><title>Samenspel</title>')
  writeFileSync(join(rendererDir.path, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(rendererDir.path, 'assets', 'app.js.gz'), gzipSync('console.log(1)'))
  host = await startBrowserHost({
    dispatch: makeTestCore().dispatch,
    rendererDir: rendererDir.path,
    port: 0,
    maxBodyBytes: 64 * 1024
  })
})

afterAll(async () => {
  await host.close()
  rendererDir.remove()
})

describe('browser host API', () => {
  it('serves the contract through the dispatch, with no-store', async () => {
    const reply = await callApi('session.create', sampleDetails)
    expect(reply.status).toBe(200)
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, data: { title: sampleDetails.title } })
  })

  it('marks every answer as data that no page may sniff, frame or load from elsewhere', async () => {
    for (const reply of [
      await callApi('session.list', {}),
      await callApi('session.list', {}, { Authorization: 'Bearer guessed' })
    ]) {
      expect(reply.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(reply.headers['x-content-type-options']).toBe('nosniff')
      expect(reply.headers['content-security-policy']).toBe(
        "default-src 'none'; frame-ancestors 'none'"
      )
      expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin')
    }
  })

  it('takes an API path as it is only when it is plain; others are resolved first', async () => {
    expect(pathOf('/api/contribution.add')).toBe('/api/contribution.add')
    expect(pathOf('/api/../index.html')).toBe('/index.html')
    expect(pathOf('/api/session.list?x=1')).toBe('/api/session.list')
    expect(pathOf('/api/%2e%2e/index.html')).toBe('/index.html')
    // Through the host: a dot segment never reaches the API or a file outside the renderer.
    const dotted = await send('/api/../api/session.list', {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: '{}'
    })
    expect(dotted.status).toBe(200)
    expect((await send('/api/../../etc/passwd')).status).toBe(404)
  })

  it('answers 401 without the per-run token, and with a wrong one', async () => {
    const without = await send('/api/session.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}'
    })
    expect(without.status).toBe(401)
    expect(without.headers['cache-control']).toBe('no-store')
    const wrong = await callApi('session.list', {}, { Authorization: 'Bearer guessed' })
    expect(wrong.status).toBe(401)
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
  })

  it('answers 403 to a foreign Host header, even with the token', async () => {
    const reply = await callApi('session.list', {}, { Host: `evil.example:${host.port}` })
    expect(reply.status).toBe(403)
    const page = await send('/', { headers: { Host: 'attacker.test' } })
    expect(page.status).toBe(403)
  })

  it('answers 403 to a request from another web origin', async () => {
    const reply = await callApi('session.list', {}, { Origin: 'https://evil.example' })
    expect(reply.status).toBe(403)
    const own = await callApi('session.list', {}, { Origin: `http://127.0.0.1:${host.port}` })
    expect(own.status).toBe(200)
  })

  it('rejects garbage input to every method with a validation error', async () => {
    for (const method of allMethods) {
      for (const input of garbageInputs.filter((value) => value !== undefined)) {
        const reply = await callApi(method, input)
        // The 100,000-character title exceeds this host's 64 KiB limit: 413, still a validation error.
        expect([400, 413], `${method} ${JSON.stringify(input).slice(0, 40)}`).toContain(
          reply.status
        )
        expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'validation' } })
      }
    }
    // Several hundred HTTP round trips: more than the default 5 s on two busy cores.
  }, 20_000)

  it('rejects a body that is not JSON, a wrong content type and an oversized body', async () => {
    const auth = { Authorization: `Bearer ${host.token}` }
    const broken = await send('/api/session.list', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '{"oops'
    })
    expect(broken.status).toBe(400)
    const form = await send('/api/session.list', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1'
    })
    expect(form.status).toBe(415)
    const huge = await callApi('session.create', { ...sampleDetails, title: 'x'.repeat(100_000) })
    expect(huge.status).toBe(413)
  })

  it('only accepts POST on the API and reports unknown methods', async () => {
    const get = await send('/api/session.list', {
      headers: { Authorization: `Bearer ${host.token}` }
    })
    expect(get.status).toBe(405)
    const unknown = await callApi('session.explode', {})
    expect(unknown.status).toBe(404)
  })
})

describe('browser host static files', () => {
  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const reply = await send('/')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'")
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect((await send('/assets/app.js')).headers['content-type']).toMatch(/javascript/)
  })

  it('sends the build’s gzip copy to a browser that accepts it', async () => {
    const compressed = await new Promise<{ encoding?: string; body: string }>((resolve) => {
      const headers = { Host: `127.0.0.1:${host.port}`, 'Accept-Encoding': 'gzip, br' }
      request({ host: '127.0.0.1', port: host.port, path: '/assets/app.js', headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            encoding: res.headers['content-encoding'],
            body: gunzipSync(Buffer.concat(chunks)).toString()
          })
        )
      }).end()
    })
    // No .br copy of this file: gzip, the next the browser accepts.
    expect(compressed).toEqual({ encoding: 'gzip', body: 'console.log(1)' })
    const plain = await send('/assets/app.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe('console.log(1)')
  })

  it('refuses paths outside the renderer directory and lists no directories', async () => {
    expect((await send('/../../etc/passwd')).status).toBe(404)
    expect((await send('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404)
    expect((await send('/assets/')).status).toBe(404)
    expect((await send('/', { method: 'TRACE' })).status).toBe(405)
  })
})
