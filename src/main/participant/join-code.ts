import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

/** No 0/O, 1/I/L: a code read off a projector at the back of a classroom gets typed right. */
export const joinCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const joinCodeLength = 6

export function newJoinCode(): string {
  let code = ''
  for (let i = 0; i < joinCodeLength; i++)
    code += joinCodeAlphabet[randomInt(joinCodeAlphabet.length)]
  return code
}

/** What a participant typed, as the code is shown: spaces and dashes dropped, upper case. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase()
}

/** Constant time: how long a wrong guess takes says nothing about how close it was. */
export function isJoinCode(typed: string, code: string): boolean {
  const given = Buffer.from(normaliseCode(typed))
  const expected = Buffer.from(code)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** 256 random bits: far beyond guessing, over a network that is rate-limited besides. */
export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * Tokens are kept only as their SHA-256: looking one up by its hash tells a timing attacker
 * nothing about the token, and a memory dump holds nothing that can be sent back.
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}
