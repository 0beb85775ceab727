import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeValidationError, interpreted } from '../../shared/api/validation'
import { emptyActionFields } from '../../shared/domain/action-plan'
import type { QuickscanAnswer } from '../../shared/content/quickscan'
import type { ContentIds } from './content-ids'
import { demoHistorySchemaFor, type DemoHistory, type DemoMeeting } from './demo-history-schema'
import type { ServiceContext } from './service-context'

/** Where the example school's earlier meetings live, relative to the resources directory. */
export const demoHistoryFile = 'demo/demo-history.json'

/** Read and checked like the demo session; the message names the file and the field. */
export function loadDemoHistory(
  resourcesDir: string,
  ids: ContentIds,
  fail: (detail: string) => Error
): DemoHistory {
  const file = join(resourcesDir, ...demoHistoryFile.split('/'))
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw fail(`${demoHistoryFile}: ${(error as Error).message}`)
  }
  const parsed = demoHistorySchemaFor(ids).safeParse(json, interpreted)
  if (!parsed.success) throw fail(`${demoHistoryFile}: ${describeValidationError(parsed.error)}`)
  return parsed.data
}

/** `yyyy-mm-dd` moved by whole days, as a calendar date (no time zone). */
export function shiftDate(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

function insertQuickscan(ctx: ServiceContext, sessionId: string, meeting: DemoMeeting) {
  const scan = meeting.quickscan
  if (!scan) return
  const { repos } = ctx
  const now = ctx.now()
  const quickscanId = repos.quickscans.ensure({
    id: ctx.newId(),
    sessionId,
    revealed: scan.revealed,
    packVersion: ctx.content.quickscan.version,
    createdAt: now
  }).id
  const lines = Object.entries(scan.answers).map(
    ([questionId, line]) => [questionId, line.trim().split(/\s+/) as QuickscanAnswer[]] as const
  )
  scan.respondents.forEach((respondent, index) => {
    const id = ctx.newId()
    repos.respondents.insert({ ...respondent, id, quickscanId, completed: true, createdAt: now })
    for (const [questionId, answers] of lines) {
      const answer = answers[index]
      if (answer) repos.respondents.setAnswer(id, questionId, answer)
    }
    for (const [clusterId, grades] of Object.entries(scan.grades)) {
      const grade = grades[index]
      if (grade !== undefined) repos.respondents.setGrade(id, clusterId, grade)
    }
  })
  for (const priority of scan.priorities) repos.quickscans.setPriority(quickscanId, priority)
}

/** The meeting's own plan; returns action ids by the file's keys. */
function insertActions(
  ctx: ServiceContext,
  sessionId: string,
  date: string,
  meeting: DemoMeeting,
  participants: Map<string, string>
): Map<string, string> {
  const keys = new Map<string, string>()
  for (const {
    key,
    what,
    owner,
    deadlineDays,
    factor,
    firstStep,
    successIndicator,
    status
  } of meeting.actions) {
    const id = ctx.newId()
    ctx.repos.actions.insert(
      {
        ...emptyActionFields(what),
        factor,
        firstStep,
        successIndicator,
        status,
        ownerParticipantId: participants.get(owner) ?? null,
        deadline: deadlineDays === undefined ? null : shiftDate(date, deadlineDays),
        id,
        sessionId,
        origin: 'vrij',
        originRef: null
      },
      ctx.now()
    )
    keys.set(key, id)
  }
  return keys
}

/** What this meeting decided about earlier ones' actions, with the effect review.set has. */
function insertReviews(
  ctx: ServiceContext,
  sessionId: string,
  meeting: DemoMeeting,
  actionIds: Map<string, string>
) {
  const { repos } = ctx
  for (const { action, outcome, note } of meeting.reviews) {
    // The schema checked that every key names an earlier meeting's action.
    const actionId = actionIds.get(action) as string
    const earlier = repos.actions.get(actionId)?.action
    const settles = outcome === 'klaar' || outcome === 'vervallen'
    if (settles) repos.actions.setStatus(actionId, outcome, ctx.now())
    repos.reviews.set({
      sessionId,
      actionId,
      outcome,
      note,
      previousStatus: settles ? (earlier?.status ?? 'open') : null,
      carriedActionId: null
    })
  }
}

/**
 * The example school's earlier meetings for `teamId`, dated back from `today`: participants,
 * quickscan, plan, the review of what came before, the next meeting. Votes and other later
 * parts add their step per meeting here.
 */
export function insertDemoHistory(
  ctx: ServiceContext,
  teamId: string,
  history: DemoHistory,
  today: string
): void {
  const { repos } = ctx
  const actionIds = new Map<string, string>()
  for (const meeting of history.meetings) {
    const sessionId = ctx.newId()
    const date = shiftDate(today, -meeting.daysAgo)
    const { title, facilitator } = meeting
    repos.sessions.insert(sessionId, { title, teamId, date, facilitator }, ctx.now())
    const participants = new Map<string, string>()
    for (const { name, role } of meeting.participants) {
      participants.set(
        name,
        repos.participants.insert({ id: ctx.newId(), sessionId, name, role }).id
      )
    }
    insertQuickscan(ctx, sessionId, meeting)
    insertReviews(ctx, sessionId, meeting, actionIds)
    for (const [key, id] of insertActions(ctx, sessionId, date, meeting, participants)) {
      actionIds.set(key, id)
    }
    if (meeting.nextMeeting) {
      repos.sessions.setNextMeeting(sessionId, {
        date: shiftDate(today, -meeting.nextMeeting.daysAgo),
        note: meeting.nextMeeting.note
      })
    }
  }
}
