import { create } from 'zustand'
import type { QuickscanDisplay } from '../quickscan/quickscan-display-store'

/**
 * Which page of the audience view is showing, kept in the facilitator's window: the clicker is
 * in the facilitator's hand, so PageDown first turns the audience view's pages, then moves on.
 * The audience view reports how many pages the current view needs.
 */
interface PagingState {
  /** The view the page belongs to (see `audienceViewKey`). */
  view: string | null
  page: number
  pages: number
  /** A new view starts on its first page. */
  showView(view: string): void
  setPages(view: string, pages: number): void
  /** Turns a page if there is one in that direction; false means "move to the next screen". */
  turn(view: string, delta: 1 | -1): boolean
}

export const useAudiencePagingStore = create<PagingState>((set, get) => ({
  view: null,
  page: 0,
  pages: 1,
  showView(view) {
    if (get().view !== view) set({ view, page: 0, pages: 1 })
  },
  setPages(view, pages) {
    if (get().view !== view) return set({ view, page: 0, pages })
    set({ pages, page: Math.min(get().page, pages - 1) })
  },
  turn(view, delta) {
    const { view: current, page, pages } = get()
    if (current !== view) return false
    const next = page + delta
    if (next < 0 || next >= pages) return false
    set({ page: next })
    return true
  }
}))

/** One key per thing the audience view can show, so a page count is never applied elsewhere. */
export function audienceViewKey(
  screenId: string | null,
  quickscan: QuickscanDisplay | null,
  voteRoundId: string | null = null
): string {
  if (voteRoundId) return `vote:${voteRoundId}`
  if (quickscan?.shown) return `quickscan:${quickscan.shown}:${quickscan.questionId ?? ''}`
  return `screen:${screenId ?? ''}`
}
