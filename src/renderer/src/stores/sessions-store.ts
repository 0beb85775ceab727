import { create } from 'zustand'
import type { ApiInput } from '../../../shared/api/contract'
import type { Session, SessionSummary } from '../../../shared/domain/session'
import { api } from '../api'

interface SessionsState {
  sessions: SessionSummary[]
  loaded: boolean
  load(): Promise<void>
  create(details: ApiInput<'session.create'>): Promise<Session>
  createDemo(): Promise<Session>
  importSession(content: string): Promise<Session>
  rename(id: string, title: string): Promise<void>
  remove(id: string): Promise<void>
}

/** The start screen's list. Actions throw ApiCallError; screens show the message. */
export const useSessionsStore = create<SessionsState>((set, get) => ({
  sessions: [],
  loaded: false,
  async load() {
    set({ sessions: await api['session.list']({}), loaded: true })
  },
  async create(details) {
    const session = await api['session.create'](details)
    await get().load()
    return session
  },
  async createDemo() {
    const session = await api['session.createDemo']({})
    await get().load()
    return session
  },
  async importSession(content) {
    const session = await api['session.import']({ content })
    await get().load()
    return session
  },
  async rename(id, title) {
    await api['session.update']({ id, patch: { title } })
    await get().load()
  },
  async remove(id) {
    await api['session.delete']({ id })
    set({ sessions: get().sessions.filter((session) => session.id !== id) })
  }
}))
