import { create } from 'zustand'
import {
  emptyActionFields,
  type Action,
  type ActionFields,
  type ActionOrigin,
  type NextMeeting
} from '../../../shared/domain/action-plan'
import { api } from '../api'
import { writes } from '../api/writes'
import { openSessionId } from './open-session-id'

interface ActionsState {
  sessionId: string | null
  actions: Action[]
  deleted: Action[]
  nextMeeting: NextMeeting
  load(sessionId: string): Promise<void>
  add(
    what: string,
    origin?: ActionOrigin,
    originRef?: string | null,
    extra?: Partial<ActionFields>
  ): Action
  update(id: string, patch: Partial<ActionFields>): void
  remove(id: string): void
  undo(): Action | undefined
  reorder(ids: string[]): void
  setNextMeeting(next: NextMeeting): void
}

/** The action plan: shown at once, stored through the write queue like the cards. */
export const useActionsStore = create<ActionsState>((set, get) => {
  const sessionId = (): string => openSessionId(get())
  return {
    sessionId: null,
    actions: [],
    deleted: [],
    nextMeeting: { date: null, note: '' },
    async load(id) {
      await writes.idle()
      const [actions, nextMeeting] = await Promise.all([
        api['action.list']({ sessionId: id }),
        api['session.getNextMeeting']({ sessionId: id })
      ])
      set({ sessionId: id, actions, nextMeeting, deleted: [] })
    },
    add(what, origin = 'vrij', originRef = null, extra = {}) {
      const now = new Date().toISOString()
      const fields = { ...emptyActionFields(what), ...extra }
      const action: Action = {
        ...fields,
        id: crypto.randomUUID(),
        sessionId: sessionId(),
        position: get().actions.reduce((max, a) => Math.max(max, a.position + 1), 0),
        origin,
        originRef,
        createdAt: now,
        updatedAt: now
      }
      set({ actions: [...get().actions, action] })
      void writes.enqueue('action.add', {
        sessionId: action.sessionId,
        id: action.id,
        fields,
        origin,
        originRef
      })
      return action
    },
    update(id, patch) {
      set({ actions: get().actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) })
      void writes.enqueue('action.update', { id, patch })
    },
    remove(id) {
      const action = get().actions.find((a) => a.id === id)
      if (!action) return
      set({
        actions: get().actions.filter((a) => a.id !== id),
        deleted: [...get().deleted, action]
      })
      void writes.enqueue('action.delete', { id })
    },
    undo() {
      const action = get().deleted.at(-1)
      if (!action) return undefined
      const actions = [...get().actions, action].sort((a, b) => a.position - b.position)
      set({ actions, deleted: get().deleted.slice(0, -1) })
      void writes.enqueue('action.restore', { id: action.id })
      return action
    },
    reorder(ids) {
      const rank = new Map(ids.map((id, index) => [id, index]))
      const actions = get()
        .actions.map((a) => ({ ...a, position: rank.get(a.id) ?? a.position }))
        .sort((a, b) => a.position - b.position)
      set({ actions })
      void writes.enqueue('action.reorder', { sessionId: sessionId(), ids })
    },
    setNextMeeting(next) {
      set({ nextMeeting: next })
      void writes.enqueue('session.setNextMeeting', { sessionId: sessionId(), ...next })
    }
  }
})
