import { actionFate, actionHistory, isOverdue } from '../../shared/domain/action-cycle'
import type { Traject, TrajectAction } from '../../shared/domain/traject'
import type { ServiceContext } from './service-context'
import { schoolNotFound } from './school-places'

/** The laptop's calendar date: a deadline "today" is not overdue until tomorrow. */
export function localDate(iso: string): string {
  const at = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

/** A school's page: every meeting of its teams, every action and its fate, the quickscans. */
export function buildTraject(ctx: ServiceContext, schoolId: string): Traject {
  const { repos } = ctx
  const school = repos.schools.getSchool(schoolId)
  if (!school) throw schoolNotFound()
  const today = localDate(ctx.now())
  const teams = repos.schools.teamsOf(schoolId)
  const teamName = new Map(teams.map((team) => [team.id, team.name]))
  const sessions = repos.sessions.listForSchool(schoolId)
  const moments = new Map(sessions.map((session) => [session.id, session]))
  const reviews = teams.flatMap((team) => repos.reviews.listForTeam(team.id))
  const actions = repos.actions.listForSchool(schoolId)
  const participantName = (id: string | null) =>
    id ? (repos.participants.get(id)?.name ?? '') : ''

  const trajectActions: TrajectAction[] = actions.map((action) => {
    // listForSchool only returns actions of sessions with a team of this school.
    const session = moments.get(action.sessionId)
    const teamId = session?.teamId as string
    const history = actionHistory(action.id, reviews, moments)
    return {
      action,
      sessionTitle: session?.title ?? '',
      sessionDate: session?.date ?? today,
      teamId,
      teamName: teamName.get(teamId) ?? '',
      owner: participantName(action.ownerParticipantId) || action.ownerText,
      fate: actionFate(action, history),
      history,
      overdue: isOverdue(action, today) && !history.some((entry) => entry.outcome !== 'loopt-door')
    }
  })

  return {
    school,
    teams,
    sessions: sessions.map((session) => ({
      id: session.id,
      title: session.title,
      date: session.date,
      teamId: session.teamId as string,
      teamName: teamName.get(session.teamId as string) ?? '',
      participantCount: session.participantCount,
      actionCount: actions.filter((action) => action.sessionId === session.id).length,
      reviewedCount: reviews.filter((review) => review.sessionId === session.id).length
    })),
    actions: trajectActions,
    quickscans: sessions.flatMap((session) => {
      const head = repos.quickscans.forSession(session.id)
      if (!head) return []
      const respondents = repos.respondents.listForQuickscan(head.id)
      return [
        {
          sessionId: session.id,
          sessionTitle: session.title,
          date: session.date,
          teamId: session.teamId as string,
          teamName: teamName.get(session.teamId as string) ?? '',
          respondentCount: respondents.length,
          completedCount: respondents.filter((respondent) => respondent.completed).length
        }
      ]
    }),
    today
  }
}
