import { create } from 'zustand'
import type { WriteQueueStatus } from '../api/write-queue'

/** A write the store refused, and what was typed in it so it can be copied. */
export interface RejectedWrite {
  message: string
  texts: string[]
}

interface SyncState {
  pending: number
  offline: WriteQueueStatus['offline']
  storageCause: WriteQueueStatus['storageCause']
  /** The last write the store refused, in Dutch, until dismissed. */
  rejected: RejectedWrite | null
  /** Bumped when a refused write means the screen may show something the store does not have. */
  staleVersion: number
  setStatus(status: WriteQueueStatus): void
  reject(rejected: RejectedWrite): void
  dismiss(): void
}

export const useSyncStore = create<SyncState>((set) => ({
  pending: 0,
  offline: false,
  storageCause: undefined,
  rejected: null,
  staleVersion: 0,
  setStatus: ({ pending, offline, storageCause }) => set({ pending, offline, storageCause }),
  reject: (rejected) => set((state) => ({ rejected, staleVersion: state.staleVersion + 1 })),
  dismiss: () => set({ rejected: null })
}))
