import { create } from 'zustand'

/** Which voting round the room's screen shows, if any; the projector follows it. */
interface VoteDisplayState {
  shownRoundId: string | null
  show(roundId: string | null): void
}

export const useVoteDisplayStore = create<VoteDisplayState>((set) => ({
  shownRoundId: null,
  show: (shownRoundId) => set({ shownRoundId })
}))
