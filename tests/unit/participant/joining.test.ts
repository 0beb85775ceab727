import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { JoiningStatus } from '../../../src/shared/domain/joining'
import { call } from '../../helpers/test-core'
import { api, joinAs, joiningSession, rawRequest, submit } from './participant-helpers'

describe('joining with the code', () => {
  it('gives a random token of at least 128 bits, in the body and in no address', async () => {
    const { port, code, status } = await joiningSession()
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/)
    const res = await api(port, 'POST', '/api/join', { body: { code, name: 'Sanne' } })
    expect(res.status).toBe(200)
    const { token, sessionTitle } = res.json() as { token: string; sessionTitle: string }
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16)
    expect(sessionTitle).toBe('Teamsessie samenwerken met ouders')
    expect(res.headers.location).toBeUndefined()
    expect(status.url).not.toContain(token)
    const other = await joinAs(port, code)
    expect(other).not.toBe(token)
    const state = await api(port, 'GET', '/api/state', { token })
    expect(state.status).toBe(200)
    expect(state.json()).toMatchObject({ name: 'Sanne', paused: false, mine: [] })
  })

  it('accepts the code in lower case and with a space, as people type it', async () => {
    const { port, code } = await joiningSession()
    const typed = `${code.slice(0, 3)} ${code.slice(3)}`.toLowerCase()
    const res = await api(port, 'POST', '/api/join', { body: { code: typed } })
    expect(res.status).toBe(200)
  })

  it('refuses a wrong code with 401, and a guessing run with 429 and Retry-After', async () => {
    const { port, code } = await joiningSession()
    const wrong = code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'
    const first = await api(port, 'POST', '/api/join', { body: { code: wrong } })
    expect(first.status).toBe(401)
    expect(first.json().error).toMatch(/code klopt niet/)
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      statuses.push((await api(port, 'POST', '/api/join', { body: { code: wrong } })).status)
    }
    // Ten attempts a minute, a wrong one counting double: the sixth guess is refused.
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429])
    const limited = await api(port, 'POST', '/api/join', { body: { code } })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('asks for a name when the facilitator wants names', async () => {
    const { port, code } = await joiningSession({ requireNames: true })
    const nameless = await api(port, 'POST', '/api/join', { body: { code, name: '  ' } })
    expect(nameless.status).toBe(400)
    expect(nameless.json()).toMatchObject({ code: 'name-required' })
    expect(String(nameless.json().error)).toMatch(/naam/)
    expect((await api(port, 'POST', '/api/join', { body: { code, name: 'Ahmed' } })).status).toBe(
      200
    )
  })
})

describe('ending a device’s access', () => {
  it('refuses a removed device with 401 while others go on; its cards stay', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    const removed = await joinAs(port, code, 'Weg')
    const staying = await joinAs(port, code, 'Blijft')
    expect((await submit(port, removed, 'Mijn idee')).status).toBe(200)
    const before = await call<JoiningStatus>(core, 'joining.status', { sessionId })
    const device = before.devices.find((d) => d.name === 'Weg')!
    expect(device.contributions).toBe(1)
    const after = await call<JoiningStatus>(core, 'joining.removeDevice', {
      sessionId,
      deviceId: device.id
    })
    expect(after.devices.find((d) => d.id === device.id)).toMatchObject({ removed: true })
    expect((await api(port, 'GET', '/api/state', { token: removed })).status).toBe(401)
    expect((await submit(port, removed, 'Nog een')).status).toBe(401)
    expect((await api(port, 'GET', '/api/state', { token: staying })).status).toBe(200)
  })

  it('tells every phone the session is over once joining stops, then closes the port', async () => {
    const { core, port, code, sessionId } = await joiningSession({}, { endNoticeMs: 300 })
    const token = await joinAs(port, code)
    expect(await call(core, 'joining.stop', { sessionId })).toEqual({ stopped: true })
    expect(await call(core, 'joining.status', { sessionId })).toBeNull()
    // Not "connection lost, retrying" forever: the phone hears the session has ended.
    const ended = await api(port, 'GET', '/api/state', { token })
    expect(ended.status).toBe(410)
    expect(ended.json()).toMatchObject({ code: 'session-ended' })
    expect(String(ended.json().error)).toMatch(/sessie is afgelopen/)
    expect((await api(port, 'POST', '/api/join', { body: { code } })).status).toBe(410)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const outcome = await api(port, 'GET', '/api/state', { token }).then(
      (res) => res.status,
      (error: NodeJS.ErrnoException) => error.code
    )
    expect(outcome).toBe('ECONNREFUSED')
  })

  it('gives a new code: a removed device cannot join again with the old one, the others stay', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    const staying = await joinAs(port, code, 'Anna')
    const leaving = await joinAs(port, code, 'Bram')
    const status = await call<{ devices: { id: string; name: string }[] }>(core, 'joining.status', {
      sessionId
    })
    const bram = status.devices.find((d) => d.name === 'Bram')!
    await call(core, 'joining.removeDevice', { sessionId, deviceId: bram.id })
    expect((await api(port, 'GET', '/api/state', { token: leaving })).status).toBe(401)
    const renewed = await call<{ code: string; qrSvg: string }>(core, 'joining.newCode', {
      sessionId
    })
    expect(renewed.code).not.toBe(code)
    expect(renewed.qrSvg).toContain('<svg')
    const again = await api(port, 'POST', '/api/join', { body: { code, name: 'Bram' } })
    expect(again.status).toBe(401)
    expect((await api(port, 'GET', '/api/state', { token: staying })).status).toBe(200)
    const fresh = await api(port, 'POST', '/api/join', { body: { code: renewed.code } })
    expect(fresh.status).toBe(200)
  })

  it('says before joining whether a name is required, and nothing else', async () => {
    const { port } = await joiningSession({ requireNames: true })
    const info = await api(port, 'GET', '/api/join-info')
    expect(info.status).toBe(200)
    expect(info.json()).toEqual({ nameRequired: true })
    const open = await joiningSession({ requireNames: false })
    expect((await api(open.port, 'GET', '/api/join-info')).json()).toEqual({ nameRequired: false })
  })

  it('starts again at once after a stop, closing the ending port first', async () => {
    const { core, sessionId } = await joiningSession({}, { endNoticeMs: 60_000 })
    await call(core, 'joining.stop', { sessionId })
    const again = await call<{ code: string; url: string }>(core, 'joining.start', {
      sessionId,
      address: '127.0.0.1',
      requireNames: false,
      moderation: false,
      openScreenIds: [],
      quickscanOpen: false
    })
    const port = Number(new URL(again.url).port)
    expect((await api(port, 'POST', '/api/join', { body: { code: again.code } })).status).toBe(200)
  })

  it('stops joining when the session is deleted', async () => {
    const { core, host, port, code, sessionId } = await joiningSession()
    const token = await joinAs(port, code)
    await call(core, 'session.delete', { id: sessionId })
    expect(host.active()).toBeNull()
    const outcome = await api(port, 'GET', '/api/state', { token }).then(
      (res) => res.status,
      (error: NodeJS.ErrnoException) => error.code
    )
    expect([410, 'ECONNREFUSED']).toContain(outcome)
  })

  it('refuses joins and cards while paused, but still answers the state', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    const token = await joinAs(port, code)
    await call(core, 'joining.update', { sessionId, paused: true })
    const join = await api(port, 'POST', '/api/join', { body: { code } })
    expect(join.status).toBe(403)
    expect(join.json().error).toMatch(/gepauzeerd/)
    expect((await submit(port, token, 'Tijdens de pauze')).status).toBe(403)
    const state = await api(port, 'GET', '/api/state', { token })
    expect(state.json()).toMatchObject({ paused: true })
    await call(core, 'joining.update', { sessionId, paused: false })
    expect((await submit(port, token, 'Na de pauze')).status).toBe(200)
  })
})

describe('the participant server itself', () => {
  it('serves the participant page and its assets, and nothing else of the app', async () => {
    const { port } = await joiningSession()
    const page = await rawRequest(port, { path: '/' })
    expect(page.status).toBe(200)
    expect(page.body).toContain('Meedoen')
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    const asset = await rawRequest(port, { path: '/assets/participant-abc123.js' })
    expect(asset.status).toBe(200)
    expect(asset.headers['cache-control']).toContain('immutable')
    expect(page.headers['cache-control']).toBe('no-store')
    expect(asset.headers['content-encoding']).toBeUndefined()
    expect(asset.body).toBe('console.log(1)')
    for (const path of [
      '/index.html',
      '/participant.html',
      '/assets/',
      '/assets/..%2findex.html'
    ]) {
      expect((await rawRequest(port, { path })).status, path).toBe(404)
    }
  })
})

describe('compression on the participant server', () => {
  it('sends the build’s brotli or gzip copy to a phone that accepts it, the file otherwise', async () => {
    const { port } = await joiningSession()
    const path = '/assets/participant-abc123.js'
    const get = (acceptEncoding: string) =>
      rawRequest(port, { path, headers: { 'accept-encoding': acceptEncoding } })
    const br = await get('gzip, deflate, br')
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(brotliDecompressSync(br.raw).toString()).toBe('console.log(1)')
    const gzip = await get('gzip')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.raw).toString()).toBe('console.log(1)')
    const refused = await get('br;q=0, gzip;q=0')
    expect(refused.headers['content-encoding']).toBeUndefined()
    expect(refused.body).toBe('console.log(1)')
  })
})
