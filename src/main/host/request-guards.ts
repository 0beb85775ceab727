import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** Host names the browser host answers to; anything else is a DNS-rebinding attempt. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`])
}

/** The names and origins of one port, built once: every request is checked against them. */
const guardsByPort = new Map<number, { hosts: Set<string>; origins: Set<string> }>()

function guardsFor(port: number) {
  let guards = guardsByPort.get(port)
  if (!guards) {
    const hosts = allowedHosts(port)
    guards = { hosts, origins: new Set([...hosts].map((host) => `http://${host}`)) }
    guardsByPort.set(port, guards)
  }
  return guards
}

export function isAllowedHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host
  return host !== undefined && guardsFor(port).hosts.has(host.toLowerCase())
}

/** A request from another web page carries its Origin; ours carries our own or none. */
export function isAllowedOrigin(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  return guardsFor(port).origins.has(origin.toLowerCase())
}

/**
 * Whether a request carries `Bearer <token>`, compared in constant time. The expected header's
 * bytes are made once, when the host starts: the check runs on every call.
 */
export function tokenCheck(token: string): (req: IncomingMessage) => boolean {
  const expected = Buffer.from(`Bearer ${token}`)
  return (req) => {
    const header = req.headers.authorization
    if (header === undefined) return false
    const given = Buffer.from(header)
    return given.length === expected.length && timingSafeEqual(given, expected)
  }
}

export class BodyTooLargeError extends Error {}

/**
 * The body as text, refused past `limitBytes` (declared or actually sent). Read by events, not
 * by async iteration: a card's body is one chunk, and an iterator per request cost more than
 * the read itself.
 */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limitBytes) return Promise.reject(new BodyTooLargeError())
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size <= limitBytes) return void chunks.push(chunk)
      cleanUp()
      // Stop reading; the caller answers 413 and closes the connection.
      req.pause()
      reject(new BodyTooLargeError())
    }
    const onEnd = (): void => {
      cleanUp()
      resolve(
        chunks.length === 1
          ? (chunks[0] as Buffer).toString('utf8')
          : Buffer.concat(chunks).toString('utf8')
      )
    }
    const onError = (error: Error): void => {
      cleanUp()
      reject(error)
    }
    // Closed before its end: the client went away mid-body.
    const onClose = (): void => onError(new Error('The request closed before its body ended.'))
    const cleanUp = (): void => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      req.off('close', onClose)
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
    req.on('close', onClose)
  })
}
