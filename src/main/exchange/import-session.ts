import type { Session } from '../../shared/domain/session'
import type { SessionFile } from '../../shared/exchange/session-file'
import type { ServiceContext } from '../services/service-context'
import { teamForNames } from '../services/school-places'
import { loadSession } from '../services/session-service'

/** Old id → new id, one map per kind of record. */
interface IdMaps {
  participants: Map<string, string>
  contributions: Map<string, string>
  actions: Map<string, string>
}

function freshIds(ctx: ServiceContext, items: readonly { id: string }[]): Map<string, string> {
  return new Map(items.map((item) => [item.id, ctx.newId()]))
}

const mapped = (map: Map<string, string>, id: string | null): string | null =>
  id === null ? null : (map.get(id) ?? null)

function insertWorkspace(ctx: ServiceContext, file: SessionFile, sessionId: string, ids: IdMaps) {
  const { repos } = ctx
  const w = file.workspace
  repos.sessions.setPosition(sessionId, w.position)
  repos.focus.replace(sessionId, w.focus)
  for (const card of w.contributions) {
    // The file's checks made sure every id below is in its map.
    const id = ids.contributions.get(card.id) as string
    const participantId = mapped(ids.participants, card.participantId)
    // Devices are not in the file: the card keeps its origin and name, not its device.
    repos.contributions.insertExactly({ ...card, id, sessionId, participantId, deviceId: null })
  }
  const now = ctx.now()
  for (const note of w.notes) repos.notes.set(sessionId, note, now)
  for (const entry of w.conversationForms) repos.stap2.setForm(sessionId, entry)
  for (const entry of w.agendaElements) repos.stap2.setAgendaElement(sessionId, entry)
  repos.stap2.setAgendaDetails(sessionId, w.agenda)
  for (const entry of w.selfAssessments) repos.stap3.setAssessment(sessionId, entry)
  for (const choice of w.supportChoices) repos.stap3.setSupportChoice(sessionId, choice)
}

/**
 * A card the action was made from gets the card's new id; one the file does not hold (deleted
 * before the export) is forgotten. Other references (content ids, an earlier session's
 * action) stay as they are.
 */
function originRef(action: SessionFile['actions'][number], ids: IdMaps): string | null {
  if (action.origin === 'bijdrage') return mapped(ids.contributions, action.originRef)
  return action.originRef
}

function insertActions(ctx: ServiceContext, file: SessionFile, sessionId: string, ids: IdMaps) {
  for (const action of file.actions) {
    ctx.repos.actions.insertExactly({
      ...action,
      id: ids.actions.get(action.id) as string,
      sessionId,
      ownerParticipantId: mapped(ids.participants, action.ownerParticipantId),
      originRef: originRef(action, ids)
    })
  }
}

/**
 * Reviews refer to actions of an earlier session, which usually live in another database: only
 * those whose action is here are kept, and they do here what they did there.
 */
function insertReviews(ctx: ServiceContext, file: SessionFile, sessionId: string, ids: IdMaps) {
  const { repos } = ctx
  const now = ctx.now()
  for (const { actionId, outcome, note = '' } of file.actionReviews) {
    const earlier = repos.actions.get(actionId)?.action
    if (!earlier || earlier.sessionId === sessionId) continue
    const copy = file.actions.find((a) => a.origin === 'meegenomen' && a.originRef === actionId)
    const carriedActionId = outcome === 'meegenomen' && copy ? mapped(ids.actions, copy.id) : null
    const settles = outcome === 'klaar' || outcome === 'vervallen'
    const previousStatus = settles ? earlier.status : null
    if (settles && earlier.status !== outcome) {
      repos.actions.setStatus(actionId, outcome, now)
      repos.sessions.touch(earlier.sessionId, now)
    }
    repos.reviews.set({ sessionId, actionId, outcome, note, previousStatus, carriedActionId })
  }
}

function insertQuickscan(ctx: ServiceContext, file: SessionFile, sessionId: string) {
  const { repos } = ctx
  const scan = file.quickscan
  if (!scan) return
  const { revealed, createdAt } = scan
  const quickscanId = repos.quickscans.ensure({
    id: ctx.newId(),
    sessionId,
    revealed,
    createdAt
  }).id
  for (const respondent of scan.respondents) {
    const id = ctx.newId()
    repos.respondents.insert({ ...respondent, id, quickscanId })
    for (const [questionId, answer] of Object.entries(respondent.answers)) {
      repos.respondents.setAnswer(id, questionId, answer)
    }
    for (const [clusterId, grade] of Object.entries(respondent.grades)) {
      repos.respondents.setGrade(id, clusterId, grade)
    }
  }
  for (const priority of scan.priorities) repos.quickscans.setPriority(quickscanId, priority)
}

/**
 * Stores a checked session file as a new session, every record with a new id, in one
 * transaction: a failure half-way leaves nothing behind.
 */
export function importSessionFile(ctx: ServiceContext, file: SessionFile): Session {
  return ctx.repos.transaction(() => {
    const { repos } = ctx
    const sessionId = ctx.newId()
    const { title, school, team, date, facilitator, sector, board } = file.session
    const now = ctx.now()
    const teamId = teamForNames(ctx, { school, team }, now, { sector, board })
    repos.sessions.insert(sessionId, { title, teamId, date, facilitator }, now)
    repos.sessions.setNextMeeting(sessionId, file.nextMeeting)
    const ids: IdMaps = {
      participants: freshIds(ctx, file.participants),
      contributions: freshIds(ctx, file.workspace.contributions),
      actions: freshIds(ctx, file.actions)
    }
    for (const participant of file.participants) {
      const id = ids.participants.get(participant.id) as string
      repos.participants.insertExactly({ ...participant, id, sessionId })
    }
    insertWorkspace(ctx, file, sessionId, ids)
    insertActions(ctx, file, sessionId, ids)
    insertReviews(ctx, file, sessionId, ids)
    insertQuickscan(ctx, file, sessionId)
    return loadSession(ctx, sessionId)
  })
}
