import type { JoiningSettings } from '../../shared/domain/joining'
import { newDeviceToken, newJoinCode, tokenHash } from './join-code'

/**
 * The joining of one session, in memory only: it ends when the server stops, and every token
 * with it. Devices themselves are stored (`joined_devices`), so their cards keep their origin.
 */
/** A device that joined: its id in `joined_devices` and the name it gave. */
export interface JoinedDeviceRef {
  id: string
  name: string
}

export interface JoiningState {
  readonly sessionId: string
  /** The code new devices type; `renewCode` replaces it. */
  readonly code: string
  renewCode(): string
  readonly address: string
  settings: JoiningSettings
  paused: boolean
  /** The token's device, or undefined for an unknown or revoked token. */
  deviceFor(token: string): JoinedDeviceRef | undefined
  /** A new token for a device that just joined. */
  admit(device: JoinedDeviceRef): string
  /** Revokes the device's token(s); the device stays in this run's list. */
  revoke(deviceId: string): void
  revokeAll(): void
  /**
   * The facilitator closed joining: every token is revoked and, while the port still answers,
   * every request is told the session is over (not "connection lost").
   */
  end(): void
  readonly ended: boolean
  /**
   * A backup was restored underneath: the devices that joined are not in the data any more.
   * Every token ends and the device list starts empty; the code stays, so phones can rejoin.
   */
  reset(): void
  /** Whether this token was ended by a `reset` (the phone is told why and to rejoin). */
  wasReset(token: string): boolean
  /** Devices that joined in this run, removed ones included. */
  deviceIds(): ReadonlySet<string>
}

export function createJoiningState(
  sessionId: string,
  address: string,
  settings: JoiningSettings
): JoiningState {
  const tokens = new Map<string, JoinedDeviceRef>()
  const devices = new Set<string>()
  let ended = false
  let code = newJoinCode()
  const resetTokens = new Set<string>()
  return {
    sessionId,
    address,
    get code() {
      return code
    },
    renewCode() {
      code = newJoinCode()
      return code
    },
    settings,
    paused: false,
    deviceFor: (token) => tokens.get(tokenHash(token)),
    admit(device) {
      const token = newDeviceToken()
      tokens.set(tokenHash(token), device)
      devices.add(device.id)
      return token
    },
    revoke(deviceId) {
      for (const [hash, device] of tokens) if (device.id === deviceId) tokens.delete(hash)
    },
    revokeAll: () => tokens.clear(),
    end() {
      ended = true
      tokens.clear()
    },
    get ended() {
      return ended
    },
    reset() {
      for (const hash of tokens.keys()) resetTokens.add(hash)
      tokens.clear()
      devices.clear()
    },
    wasReset: (token) => resetTokens.has(tokenHash(token)),
    deviceIds: () => devices
  }
}
