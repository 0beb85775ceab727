import { create } from 'zustand'
import type { ApiInput, ApiOutput } from '../../../shared/api/contract'
import type { Session, SessionSummary } from '../../../shared/domain/session'
import { api } from '../api'

interface SessionsState {
  sessions: SessionSummary[]
  loaded: boolean
  load(): Promise<void>
  /** `id` is the intent's own: creating twice with one id makes one session. */
  create(details: Omit<ApiInput<'session.create'>, 'id'>, id: string): Promise<Session>
  createDemo(id: string): Promise<Session>
  /** `again`: the facilitator was told this file is already here and wants a second copy. */
  importSession(content: string, again?: boolean): Promise<Session>
  /** Sessions already made from this file (or the session it was exported from). */
  importedBefore(content: string): Promise<ApiOutput<'session.importCheck'>['earlier']>
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
  async create(details, id) {
    const session = await api['session.create']({ ...details, id })
    await get().load()
    return session
  },
  async createDemo(id) {
    const session = await api['session.createDemo']({ id })
    await get().load()
    return session
  },
  async importedBefore(content) {
    return (await api['session.importCheck']({ content })).earlier
  },
  async importSession(content, again = false) {
    const session = await api['session.import']({ content, again })
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
