import { create } from 'zustand'
import type { ContentBundle } from '../../../shared/content/content-bundle'
import { buildSessionFlow, type FlowScreen } from '../../../shared/domain/session-flow'
import { api } from '../api'

interface ContentState {
  content: ContentBundle | null
  flow: FlowScreen[]
  load(): Promise<void>
}

/** The content packs, fetched once: they do not change while the app runs. */
export const useContentStore = create<ContentState>((set, get) => ({
  content: null,
  flow: [],
  async load() {
    if (get().content) return
    const content = await api['content.get']({})
    set({ content, flow: buildSessionFlow(content.kwaliteitskaart) })
  }
}))
