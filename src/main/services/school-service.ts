import type { ApiHandlers, ApiParsedInput } from '../../shared/api/contract'
import { normaliseName, tidyName } from '../../shared/domain/names'
import type { MergeCandidate, School, TeamOverview } from '../../shared/domain/school'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'
import {
  createSchool,
  createTeam,
  schoolNameTaken,
  schoolNotFound,
  teamNameTaken,
  teamNotFound
} from './school-places'
import { buildTraject } from './traject-service'

type SchoolHandlers = Pick<
  ApiHandlers,
  | 'school.list'
  | 'school.create'
  | 'school.update'
  | 'team.create'
  | 'team.update'
  | 'team.lastParticipants'
  | 'school.mergeCandidates'
  | 'school.merge'
  | 'school.keepApart'
  | 'school.traject'
>

type MergeInput = ApiParsedInput<'school.merge'>

const noLongerAsked = (): ServiceError => new ServiceError('validation', 'error.mergeAnswered')

function candidates(ctx: ServiceContext): MergeCandidate[] {
  const { schools } = ctx.repos
  const schoolById = new Map(schools.overview().map((school) => [school.id, school]))
  const teamById = new Map(schools.listTeams().map((team) => [team.id, team]))
  const result: MergeCandidate[] = []
  for (const { kind, keep_id, other_id } of schools.candidates()) {
    if (kind === 'school') {
      const keep = schoolById.get(keep_id)
      const other = schoolById.get(other_id)
      if (!keep || !other) continue
      result.push({
        kind,
        keep: { id: keep.id, name: keep.name, sessionCount: keep.sessionCount },
        other: { id: other.id, name: other.name, sessionCount: other.sessionCount },
        schoolName: keep.name
      })
    } else {
      const keep = teamById.get(keep_id)
      const other = teamById.get(other_id)
      if (!keep || !other || keep.schoolId !== other.schoolId) continue
      result.push({
        kind,
        keep: { id: keep.id, name: keep.name, sessionCount: keep.sessionCount },
        other: { id: other.id, name: other.name, sessionCount: other.sessionCount },
        schoolName: schoolById.get(keep.schoolId)?.name ?? ''
      })
    }
  }
  return result
}

/** `other` into `keep`: sessions move, and teams of one name become one question each. */
function mergeTeams(ctx: ServiceContext, keepId: string, otherId: string): void {
  const { schools } = ctx.repos
  schools.moveSessions(otherId, keepId)
  schools.deleteTeam(otherId)
  schools.repointCandidates('team', otherId, keepId)
}

function mergeSchools(ctx: ServiceContext, keepId: string, otherId: string, now: string): void {
  const { schools } = ctx.repos
  const keep = schools.getSchool(keepId)
  const other = schools.getSchool(otherId)
  if (!keep || !other) throw schoolNotFound()
  const keptTeams = schools.teamsOf(keepId)
  for (const team of schools.teamsOf(otherId)) {
    // Same exact name: clearly the same team now that the schools are one.
    const twin = keptTeams.find((kept) => kept.name === team.name)
    if (twin) {
      mergeTeams(ctx, twin.id, team.id)
      continue
    }
    schools.updateTeam({ id: team.id, schoolId: keepId, name: team.name }, now)
    const variant = keptTeams.find((kept) => normaliseName(kept.name) === normaliseName(team.name))
    if (variant) schools.addCandidate('team', variant.id, team.id)
  }
  // What the other school knew and this one did not is kept.
  schools.updateSchool(
    keepId,
    {
      name: keep.name,
      sector: keep.sector ?? other.sector,
      board: keep.board || other.board
    },
    now
  )
  schools.deleteSchool(otherId)
  schools.repointCandidates('school', otherId, keepId)
}

function merge(ctx: ServiceContext, { kind, keepId, otherId }: MergeInput, now: string) {
  const { schools } = ctx.repos
  if (!schools.dropCandidate(kind, keepId, otherId)) throw noLongerAsked()
  if (kind === 'team') {
    if (!schools.getTeam(keepId) || !schools.getTeam(otherId)) throw teamNotFound()
    mergeTeams(ctx, keepId, otherId)
  } else {
    mergeSchools(ctx, keepId, otherId, now)
  }
  return { keepId }
}

function updateSchool(ctx: ServiceContext, input: ApiParsedInput<'school.update'>): School {
  const { schools } = ctx.repos
  return ctx.repos.transaction(() => {
    const current = schools.getSchool(input.id)
    if (!current) throw schoolNotFound()
    const next = { ...current, ...input.patch }
    next.name = tidyName(next.name)
    const taken = schools
      .listSchools()
      .find((s) => s.id !== input.id && normaliseName(s.name) === normaliseName(next.name))
    if (taken) throw schoolNameTaken(taken.name)
    schools.updateSchool(input.id, next, ctx.now())
    return schools.getSchool(input.id) as School
  })
}

function updateTeam(ctx: ServiceContext, input: ApiParsedInput<'team.update'>): TeamOverview {
  const { schools } = ctx.repos
  return ctx.repos.transaction(() => {
    const current = schools.getTeam(input.id)
    if (!current) throw teamNotFound()
    const name = tidyName(input.patch.name ?? current.name)
    const taken = schools
      .teamsOf(current.schoolId)
      .find((t) => t.id !== input.id && normaliseName(t.name) === normaliseName(name))
    if (taken) throw teamNameTaken(taken.name)
    schools.updateTeam({ id: input.id, schoolId: current.schoolId, name }, ctx.now())
    return schools.getTeam(input.id) as TeamOverview
  })
}

/** Who was at the team's most recent meeting (the one with the latest date). */
export function lastParticipants(ctx: ServiceContext, teamId: string) {
  const last = ctx.repos.sessions.listForTeam(teamId).at(-1)
  if (!last) return []
  return ctx.repos.participants.listForSession(last.id).map(({ name, role }) => ({ name, role }))
}

export function createSchoolService(ctx: ServiceContext): SchoolHandlers {
  const { repos } = ctx
  return {
    'school.list': () => repos.schools.overview(),
    'school.create': (fields) =>
      repos.transaction(() => {
        const id = createSchool(ctx, fields, ctx.now())
        return repos.schools.getSchool(id) as School
      }),
    'school.update': (input) => updateSchool(ctx, input),
    'team.create': ({ schoolId, name }) =>
      repos.transaction(() => {
        const id = createTeam(ctx, schoolId, name, ctx.now())
        return repos.schools.getTeam(id) as TeamOverview
      }),
    'team.update': (input) => updateTeam(ctx, input),
    'team.lastParticipants': ({ teamId }) => {
      if (!repos.schools.getTeam(teamId)) throw teamNotFound()
      return lastParticipants(ctx, teamId)
    },
    'school.mergeCandidates': () => candidates(ctx),
    'school.merge': (input) => repos.transaction(() => merge(ctx, input, ctx.now())),
    'school.keepApart': ({ kind, keepId, otherId }) =>
      repos.transaction(() => {
        if (!repos.schools.dropCandidate(kind, keepId, otherId)) throw noLongerAsked()
        return { keepId }
      }),
    'school.traject': ({ schoolId }) => buildTraject(ctx, schoolId)
  }
}
