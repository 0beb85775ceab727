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
  show(shown: QuickscanDisplay['shown'], questionId?: string | null): void
  setFilters(filters: RevealFilters): void
}

export const useQuickscanDisplayStore = create<QuickscanDisplayState>((set) => ({
  shown: null,
  questionId: null,
  filters: { order: 'pack', cluster: '', factor: '', onlyChanged: true },
  show: (shown, questionId = null) => set({ shown, questionId }),
  setFilters: (filters) => set({ filters })
}))
