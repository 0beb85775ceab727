import { create } from 'zustand'
import type { ApiInput } from '../../../shared/api/contract'
import type { Action } from '../../../shared/domain/action-plan'
import type { CardTheme, VoteRound } from '../../../shared/domain/votes'
import { api } from '../api'

interface VotesState {
  sessionId: string | null
  rounds: VoteRound[]
  themes: CardTheme[]
  load(sessionId: string): Promise<void>
  start(input: Omit<ApiInput<'vote.start'>, 'sessionId' | 'id'>): Promise<VoteRound>
  setStatus(roundId: string, status: VoteRound['status']): Promise<void>
  setPaper(roundId: string, people: number, dots: Record<string, number>): Promise<void>
  remove(roundId: string): Promise<void>
  toActions(roundId: string, choices: { optionId: string; why: string }[]): Promise<Action[]>
  createTheme(screenId: string, title: string): Promise<CardTheme>
  renameTheme(id: string, title: string): Promise<void>
  removeTheme(id: string): Promise<void>
  assign(contributionId: string, themeId: string | null): Promise<void>
}

/** `incoming` with the objects of `current` that are equal to theirs (the same array if all). */
function keepUnchanged<T extends { id: string }>(current: readonly T[], incoming: T[]): T[] {
  const byId = new Map(current.map((item) => [item.id, item]))
  const next = incoming.map((item) => {
    const known = byId.get(item.id)
    return known && JSON.stringify(known) === JSON.stringify(item) ? known : item
  })
  const same = next.length === current.length && next.every((item, i) => item === current[i])
  return same ? (current as T[]) : next
}

/**
 * Voting rounds and card themes of the open session. Every change is one click, answered by
 * the store with the stored state, which replaces only the round or themes it concerns.
 */
export const useVotesStore = create<VotesState>((set, get) => {
  const sessionId = (): string => {
    const id = get().sessionId
    if (!id) throw new Error('no session')
    return id
  }
  const replaceRound = (round: VoteRound) =>
    set({
      rounds: get().rounds.some((r) => r.id === round.id)
        ? get().rounds.map((r) => (r.id === round.id ? round : r))
        : [...get().rounds, round]
    })
  return {
    sessionId: null,
    rounds: [],
    themes: [],
    async load(id) {
      const [rounds, themes] = await Promise.all([
        api['vote.list']({ sessionId: id }),
        api['theme.list']({ sessionId: id })
      ])
      // Fetched again after a change elsewhere: what did not change keeps its object.
      const same = get().sessionId === id
      set({
        sessionId: id,
        rounds: same ? keepUnchanged(get().rounds, rounds) : rounds,
        themes: same ? keepUnchanged(get().themes, themes) : themes
      })
    },
    async start(input) {
      const round = await api['vote.start']({
        ...input,
        sessionId: sessionId(),
        id: crypto.randomUUID()
      })
      // Starting a round closed any other open one.
      set({ rounds: get().rounds.map((r) => ({ ...r, status: 'gesloten' as const })) })
      replaceRound(round)
      return round
    },
    async setStatus(roundId, status) {
      replaceRound(await api['vote.setStatus']({ roundId, status }))
      if (status === 'open') await get().load(sessionId())
    },
    async setPaper(roundId, people, dots) {
      replaceRound(await api['vote.setPaper']({ roundId, people, dots }))
    },
    async remove(roundId) {
      await api['vote.delete']({ roundId })
      set({ rounds: get().rounds.filter((r) => r.id !== roundId) })
    },
    toActions: (roundId, choices) => api['vote.toActions']({ roundId, choices }),
    async createTheme(screenId, title) {
      const theme = await api['theme.create']({
        sessionId: sessionId(),
        id: crypto.randomUUID(),
        screenId,
        title
      })
      set({ themes: [...get().themes, theme] })
      return theme
    },
    async renameTheme(id, title) {
      const theme = await api['theme.rename']({ id, title })
      set({ themes: get().themes.map((t) => (t.id === id ? theme : t)) })
    },
    async removeTheme(id) {
      await api['theme.delete']({ id })
      set({ themes: get().themes.filter((t) => t.id !== id) })
    },
    async assign(contributionId, themeId) {
      set({ themes: await api['theme.assign']({ contributionId, themeId }) })
    }
  }
})
