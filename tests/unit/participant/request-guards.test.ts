import { describe, expect, it } from 'vitest'
import {
  api,
  csrf,
  joinAs,
  joiningSession,
  rawRequest,
  seenResponses,
  submit
} from './participant-helpers'

const json = { 'content-type': 'application/json', ...csrf }

async function joined() {
  const session = await joiningSession()
  return { ...session, token: await joinAs(session.port, session.code) }
}

describe('what the participant server accepts', () => {
  it('refuses bad JSON, wrong types and unknown fields with 400', async () => {
    const { port, token } = await joined()
    const post = (body: string) =>
      rawRequest(port, {
        method: 'POST',
        path: '/api/contributions',
        headers: { ...json, authorization: `Bearer ${token}` },
        body
      })
    expect((await post('{"screenId": "stap1-vraag-1", "text": ')).status).toBe(400)
    const wrongType = await post(JSON.stringify({ screenId: 'stap1-vraag-1', text: 42 }))
    expect(wrongType.status).toBe(400)
    expect(wrongType.json().error).toMatch(/text/)
    const extra = { screenId: 'stap1-vraag-1', text: 'Hoi', participantId: null }
    expect((await post(JSON.stringify(extra))).status).toBe(400)
    expect((await post(JSON.stringify({ screenId: 'stap1-vraag-1', text: '   ' }))).status).toBe(
      400
    )
  })

  it('wants JSON (415), its own header (403) and its own address as Host (403)', async () => {
    const { port, code } = await joiningSession()
    const body = JSON.stringify({ code })
    const asForm = await rawRequest(port, {
      method: 'POST',
      path: '/api/join',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...csrf },
      body
    })
    expect(asForm.status).toBe(415)
    const noHeader = await rawRequest(port, {
      method: 'POST',
      path: '/api/join',
      headers: { 'content-type': 'application/json' },
      body
    })
    expect(noHeader.status).toBe(403)
    for (const host of ['evil.example', `evil.example:${port}`, `localhost:${port}`]) {
      const rebound = await rawRequest(port, {
        method: 'POST',
        path: '/api/join',
        headers: { ...json, host },
        body
      })
      expect(rebound.status, host).toBe(403)
    }
    expect((await rawRequest(port, { path: '/', headers: { host: 'evil.example' } })).status).toBe(
      403
    )
  })

  it('answers OPTIONS and TRACE with 405, and never sends CORS headers', async () => {
    const { port } = await joiningSession()
    const preflight = await rawRequest(port, {
      method: 'OPTIONS',
      path: '/api/join',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' }
    })
    expect(preflight.status).toBe(405)
    expect((await rawRequest(port, { method: 'TRACE', path: '/' })).status).toBe(405)
    expect((await rawRequest(port, { method: 'TRACE', path: '/api/state' })).status).toBe(405)
    expect((await rawRequest(port, { method: 'DELETE', path: '/api/join' })).status).toBe(405)
    expect((await rawRequest(port, { method: 'OPTIONS', path: '/api/nergens' })).status).toBe(405)
    const everyHeader = seenResponses.flatMap((res) => Object.keys(res.headers))
    expect(everyHeader.filter((name) => name.startsWith('access-control-'))).toEqual([])
  })

  it('marks every API answer no-store, with a charset', async () => {
    const { port, token, code } = await joined()
    const answers = [
      await api(port, 'GET', '/api/state', { token }),
      await submit(port, token, 'Een idee'),
      await api(port, 'POST', '/api/join', { body: { code: 'ZZZZZZ' } }),
      await api(port, 'GET', '/api/state'),
      await api(port, 'POST', '/api/join', { body: { code } })
    ]
    expect(answers.map((res) => res.status)).toEqual([200, 200, 401, 401, 200])
    for (const res of answers) {
      expect(res.headers['cache-control']).toBe('no-store')
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(res.headers['x-content-type-options']).toBe('nosniff')
    }
  })

  it('refuses a body over 16 KiB with 413', async () => {
    const { port, token } = await joined()
    const res = await submit(port, token, 'x'.repeat(17 * 1024))
    expect(res.status).toBe(413)
  })

  it('lets 30 cards through at once and refuses the rest with 429', async () => {
    const { port, token } = await joined()
    // The bucket refills 3 a second, so a burst that takes long to arrive (a busy machine) may
    // rightly let one or two more through: allow exactly what the refill gives, no more.
    const started = Date.now()
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => submit(port, token, `Idee ${i}`))
    )
    const refilled = Math.floor(((Date.now() - started) / 1000) * 3)
    const statuses = answers.map((res) => res.status)
    const accepted = statuses.filter((s) => s === 200).length
    expect(accepted).toBeGreaterThanOrEqual(30)
    expect(accepted).toBeLessThanOrEqual(30 + refilled)
    expect(statuses.filter((s) => s === 429)).toHaveLength(60 - accepted)
    const refused = answers.find((res) => res.status === 429)!
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('has none of the facilitator’s API, with or without a browser-host token', async () => {
    const { port, token } = await joined()
    for (const path of ['/api/session.list', '/api/workspace.get', '/api/joining.status']) {
      for (const authorization of [undefined, `Bearer ${token}`, 'Bearer browser-host-token']) {
        const res = await rawRequest(port, {
          method: 'POST',
          path,
          headers: { ...json, ...(authorization ? { authorization } : {}) },
          body: '{}'
        })
        expect(res.status, `${path} ${authorization}`).toBe(404)
      }
    }
  })

  it('refuses a request without a token, or with an unknown one, with 401', async () => {
    const { port } = await joined()
    expect((await api(port, 'GET', '/api/state')).status).toBe(401)
    expect((await api(port, 'GET', '/api/state', { token: 'x'.repeat(43) })).status).toBe(401)
    expect((await submit(port, 'niet-geldig', 'Hoi')).status).toBe(401)
  })
})
