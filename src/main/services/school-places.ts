import { normaliseName, tidyName } from '../../shared/domain/names'
import type { SchoolFields } from '../../shared/domain/school'
import type { SchoolTeamNames } from '../../shared/domain/session'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'

/** Same defaults as migration 0006 for an old session with only half of its place. */
export { unknownSchoolName, wholeTeamName } from '../db/migrations/0006-schools-teams'
import { unknownSchoolName, wholeTeamName } from '../db/migrations/0006-schools-teams'

export const schoolNotFound = (): ServiceError =>
  new ServiceError('not_found', 'error.schoolNotFound')

export const teamNotFound = (): ServiceError => new ServiceError('not_found', 'error.teamNotFound')

export const schoolNameTaken = (name: string): ServiceError =>
  new ServiceError('validation', 'error.schoolNameTaken', { name })

export const teamNameTaken = (name: string): ServiceError =>
  new ServiceError('validation', 'error.teamNameTaken', { name })

/** A new school; refuses a name that already exists in any spelling. */
export function createSchool(ctx: ServiceContext, fields: SchoolFields, now: string): string {
  const name = tidyName(fields.name)
  const taken = ctx.repos.schools
    .listSchools()
    .find((school) => normaliseName(school.name) === normaliseName(name))
  if (taken) throw schoolNameTaken(taken.name)
  const id = ctx.newId()
  ctx.repos.schools.insertSchool(id, { ...fields, name }, now)
  return id
}

/** A new team of the school; refuses a name the school already has in any spelling. */
export function createTeam(ctx: ServiceContext, schoolId: string, name: string, now: string) {
  if (!ctx.repos.schools.getSchool(schoolId)) throw schoolNotFound()
  const tidy = tidyName(name)
  const taken = ctx.repos.schools
    .teamsOf(schoolId)
    .find((team) => normaliseName(team.name) === normaliseName(tidy))
  if (taken) throw teamNameTaken(taken.name)
  const id = ctx.newId()
  ctx.repos.schools.insertTeam({ id, schoolId, name: tidy }, now)
  return id
}

/**
 * The team named by text (a session file, an older caller): exact names are found, new ones
 * created. A name that differs from an existing one only in case or spacing is created apart
 * and recorded as a "samenvoegen?" question: only the facilitator can say they are one.
 * Null when both names are empty.
 */
export function teamForNames(
  ctx: ServiceContext,
  names: SchoolTeamNames,
  now: string,
  details: Partial<Pick<SchoolFields, 'sector' | 'board'>> = {}
): string | null {
  const { schools } = ctx.repos
  const schoolName = tidyName(names.school)
  const teamName = tidyName(names.team)
  if (schoolName === '' && teamName === '') return null
  const wantedSchool = schoolName || unknownSchoolName
  const all = schools.listSchools()
  let school = all.find((candidate) => candidate.name === wantedSchool)
  if (!school) {
    const id = ctx.newId()
    schools.insertSchool(
      id,
      { name: wantedSchool, sector: details.sector ?? null, board: details.board ?? '' },
      now
    )
    const variant = all.find((other) => normaliseName(other.name) === normaliseName(wantedSchool))
    if (variant) schools.addCandidate('school', variant.id, id)
    school = schools.getSchool(id)
  }
  const schoolId = (school as { id: string }).id
  const wantedTeam = teamName || wholeTeamName
  const teams = schools.teamsOf(schoolId)
  const team = teams.find((candidate) => candidate.name === wantedTeam)
  if (team) return team.id
  const id = ctx.newId()
  schools.insertTeam({ id, schoolId, name: wantedTeam }, now)
  const variant = teams.find((other) => normaliseName(other.name) === normaliseName(wantedTeam))
  if (variant) schools.addCandidate('team', variant.id, id)
  return id
}
