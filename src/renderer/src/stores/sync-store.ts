import { create } from 'zustand'

interface SyncState {
  pending: number
  offline: false | 'unreachable' | 'unauthorized'
  /** The last write the store refused, in Dutch, until dismissed. */
  rejected: string | null
  /** Bumped when a refused write means the screen may show something the store does not have. */
  staleVersion: number
  setStatus(pending: number, offline: SyncState['offline']): void
  reject(message: string): void
  dismiss(): void
}

export const useSyncStore = create<SyncState>((set) => ({
  pending: 0,
  offline: false,
  rejected: null,
  staleVersion: 0,
  setStatus: (pending, offline) => set({ pending, offline }),
  reject: (message) =>
    set((state) => ({ rejected: message, staleVersion: state.staleVersion + 1 })),
  dismiss: () => set({ rejected: null })
}))
