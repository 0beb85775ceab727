import { connect, type Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import { api, joiningSession } from './participant-helpers'

/** A raw TCP connection to the participant server, and when the server ended it. */
function openSocket(port: number): Promise<{ socket: Socket; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    socket.setEncoding('utf8')
    socket.on('data', () => undefined)
    const closed = new Promise<number>((done) => socket.once('close', () => done(Date.now())))
    socket.once('connect', () => resolve({ socket, closed }))
    socket.once('error', reject)
  })
}

describe('the participant server keeps its documented limits', () => {
  it('closes a connection whose headers never finish within the header timeout', async () => {
    // The fault: Node checks these timeouts only every 30 s unless told otherwise.
    const { port } = await joiningSession(
      {},
      { limits: { headersTimeoutMs: 400, requestTimeoutMs: 800, keepAliveTimeoutMs: 400 } }
    )
    const { socket, closed } = await openSocket(port)
    const started = Date.now()
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `)
    const ended = await Promise.race([
      closed,
      new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), 5_000))
    ])
    socket.destroy()
    // Within the timeout plus one check interval (a quarter of it), with room for a busy CI.
    expect(ended - started).toBeLessThan(400 + 100 + 1_000)
  })

  it('turns away connections beyond one address’s share, and takes them again once freed', async () => {
    const { port, code } = await joiningSession({}, { limits: { connectionsPerAddress: 3 } })
    const held = await Promise.all([openSocket(port), openSocket(port), openSocket(port)])
    const extra = await openSocket(port)
    const answer = await new Promise<string>((resolve) => {
      let text = ''
      extra.socket.on('data', (chunk: string) => (text += chunk))
      extra.socket.once('close', () => resolve(text))
    })
    expect(answer).toMatch(/^HTTP\/1\.1 503 /)
    for (const { socket, closed } of held) {
      socket.destroy()
      await closed
    }
    // The share is free again: a phone can join.
    const join = await api(port, 'POST', '/api/join', { body: { code, name: '' } })
    expect(join.status).toBe(200)
  })
})
