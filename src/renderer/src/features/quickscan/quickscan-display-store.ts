import { create } from 'zustand'
import type { ItemOrder } from '../../../../shared/domain/quickscan-merge'

export interface RevealFilters {
  order: ItemOrder
  cluster: string
  factor: string
  /** The comparison with the earlier scan lists only the items that changed. */
  onlyChanged: boolean
}

/**
 * What of the quickscan may be on the projector: the revealed result or one item, never the
 * answering. The projector window follows this through the presenter channel.
 */
export interface QuickscanDisplay {
  shown: 'results' | 'item' | 'comparison' | null
  questionId: string | null
  filters: RevealFilters
}

interface QuickscanDisplayState extends QuickscanDisplay {
  /** The session these filters belong to: another session starts from the defaults. */
  sessionId: string | null
  forSession(sessionId: string): void
  show(shown: QuickscanDisplay['shown'], questionId?: string | null): void
  setFilters(filters: RevealFilters): void
}

export const defaultRevealFilters: RevealFilters = {
  order: 'pack',
  cluster: '',
  factor: '',
  onlyChanged: true
}

export const useQuickscanDisplayStore = create<QuickscanDisplayState>((set, get) => ({
  sessionId: null,
  shown: null,
  questionId: null,
  filters: defaultRevealFilters,
  forSession: (sessionId) => {
    if (get().sessionId === sessionId) return
    set({ sessionId, shown: null, questionId: null, filters: defaultRevealFilters })
  },
  show: (shown, questionId = null) => set({ shown, questionId }),
  setFilters: (filters) => set({ filters })
}))
