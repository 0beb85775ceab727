import { create } from 'zustand'
import type { Session, SessionDetails } from '../../../shared/domain/session'
import { api } from '../api'
import { writes } from '../api/writes'

interface CurrentSessionState {
  session: Session | null
  open(id: string): Promise<void>
  close(): void
  /** Shown at once; stored through the write queue, so a reload or an outage loses nothing. */
  updateDetails(patch: Partial<SessionDetails>): void
  /** `id` is the intent's own: adding twice with one id adds one participant. */
  addParticipant(name: string, role: string, id: string): Promise<void>
  /** `evenIfCredited`: the facilitator was told that cards name them and chose to go on. */
  removeParticipant(id: string, evenIfCredited?: boolean): Promise<void>
  /** How many cards name this participant, asked before removing them. */
  creditedCards(id: string): Promise<number>
}

/** The session that is open. Actions throw ApiCallError; screens show the message. */
export const useCurrentSessionStore = create<CurrentSessionState>((set, get) => {
  const reload = async (): Promise<void> => {
    const id = get().session?.id
    if (id) set({ session: await api['session.get']({ id }) })
  }
  return {
    session: null,
    async open(id) {
      set({ session: await api['session.get']({ id }) })
    },
    close() {
      set({ session: null })
    },
    updateDetails(patch) {
      const session = get().session
      if (!session) return
      set({ session: { ...session, ...patch } })
      void writes.enqueue('session.update', { id: session.id, patch })
    },
    async addParticipant(name, role, id) {
      const sessionId = get().session?.id
      if (!sessionId) return
      await api['participant.add']({ sessionId, id, name, role })
      await reload()
    },
    async removeParticipant(id, evenIfCredited = false) {
      await api['participant.remove']({ id, evenIfCredited })
      await reload()
    },
    async creditedCards(id) {
      return (await api['participant.credits']({ id })).cards
    }
  }
})
