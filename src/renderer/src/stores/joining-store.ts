import { create } from 'zustand'
import type {
  JoiningSettings,
  JoiningStatus,
  NetworkInterface
} from '../../../shared/domain/joining'
import { api } from '../api'
import { openSessionId } from './open-session-id'

interface JoiningState {
  sessionId: string | null
  status: JoiningStatus | null
  interfaces: NetworkInterface[]
  load(sessionId: string): Promise<void>
  refresh(): Promise<void>
  start(address: string, settings: JoiningSettings): Promise<void>
  update(patch: Partial<JoiningSettings & { paused: boolean }>): Promise<void>
  stop(): Promise<void>
  removeDevice(deviceId: string): Promise<void>
  /** A new join code: a removed device cannot join again with the old one. */
  newCode(): Promise<void>
}

// How many screens show the devices (with their counts): while none does, a phone's card
// does not make this tab fetch the joining status (the room's cards come once a second or more).
let devicesShown = 0

/**
 * A screen that lists the devices calls this while it is open; the list is fetched again at
 * once, then after every change to joining (see apply-session-changes).
 */
export function showDevices(): () => void {
  devicesShown += 1
  useJoiningStore
    .getState()
    .refresh()
    .catch(() => {
      // Unreachable for a moment: the next change refreshes it again.
    })
  return () => {
    devicesShown -= 1
  }
}

export const devicesAreShown = (): boolean => devicesShown > 0

/** Participant joining for the open session. Actions throw ApiCallError; the panel shows it. */
export const useJoiningStore = create<JoiningState>((set, get) => {
  const sessionId = (): string => openSessionId(get())
  return {
    sessionId: null,
    status: null,
    interfaces: [],
    async load(id) {
      const [status, interfaces] = await Promise.all([
        api['joining.status']({ sessionId: id }),
        api['joining.interfaces']({})
      ])
      set({ sessionId: id, status, interfaces })
    },
    async refresh() {
      const id = get().sessionId
      if (id) set({ status: await api['joining.status']({ sessionId: id }) })
    },
    async start(address, settings) {
      set({ status: await api['joining.start']({ sessionId: sessionId(), address, ...settings }) })
    },
    async update(patch) {
      set({ status: await api['joining.update']({ sessionId: sessionId(), ...patch }) })
    },
    async stop() {
      await api['joining.stop']({ sessionId: sessionId() })
      set({ status: null })
    },
    async newCode() {
      set({ status: await api['joining.newCode']({ sessionId: sessionId() }) })
    },
    async removeDevice(deviceId) {
      set({ status: await api['joining.removeDevice']({ sessionId: sessionId(), deviceId }) })
    }
  }
})
