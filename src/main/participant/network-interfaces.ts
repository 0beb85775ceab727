import { networkInterfaces as osInterfaces } from 'node:os'
import type { NetworkInterface } from '../../shared/domain/joining'

/** 10/8, 172.16/12 and 192.168/16 (RFC 1918): the addresses of a school's own network. */
export function isPrivateIpv4(address: string): boolean {
  const [a = -1, b = -1] = address.split('.').map(Number)
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
}

export const loopback: NetworkInterface = { name: 'loopback', address: '127.0.0.1', private: false }

/**
 * IPv4 addresses to listen on: private ones first (the school network), then any other, then
 * 127.0.0.1, which only this computer reaches (for trying it out, and for tests).
 */
export function listInterfaces(
  source: ReturnType<typeof osInterfaces> = osInterfaces()
): NetworkInterface[] {
  const found: NetworkInterface[] = []
  for (const [name, entries] of Object.entries(source)) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4' || entry.internal) continue
      found.push({ name, address: entry.address, private: isPrivateIpv4(entry.address) })
    }
  }
  const ordered = [...found.filter((i) => i.private), ...found.filter((i) => !i.private)]
  return [...ordered, loopback]
}
