import { create } from 'zustand'
import type { MergeCandidate, SchoolOverview, SchoolSector } from '../../../shared/domain/school'
import { api } from '../api'

interface SchoolsState {
  schools: SchoolOverview[]
  candidates: MergeCandidate[]
  loaded: boolean
  load(): Promise<void>
  /** Returns the new school's id. */
  createSchool(name: string, sector: SchoolSector | null, board: string): Promise<string>
  /** Returns the new team's id. */
  createTeam(schoolId: string, name: string): Promise<string>
  answer(candidate: MergeCandidate, merge: boolean): Promise<void>
}

/** Schools with their teams, and the open "samenvoegen?" questions. Actions throw ApiCallError. */
export const useSchoolsStore = create<SchoolsState>((set, get) => ({
  schools: [],
  candidates: [],
  loaded: false,
  async load() {
    const [schools, candidates] = await Promise.all([
      api['school.list']({}),
      api['school.mergeCandidates']({})
    ])
    set({ schools, candidates, loaded: true })
  },
  async createSchool(name, sector, board) {
    const school = await api['school.create']({ name, sector, board })
    await get().load()
    return school.id
  },
  async createTeam(schoolId, name) {
    const team = await api['team.create']({ schoolId, name })
    await get().load()
    return team.id
  },
  async answer(candidate, merge) {
    const input = { kind: candidate.kind, keepId: candidate.keep.id, otherId: candidate.other.id }
    await (merge ? api['school.merge'](input) : api['school.keepApart'](input))
    await get().load()
  }
}))
