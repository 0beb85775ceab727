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
 * Reviews refer to actions of an earlier session. Those ids only match here when the file came
 * from this very laptop, whose own review already did what it did: importing only ever
 * creates, so the review is kept as a record of the new session and the earlier action, its
 * session and its status stay exactly as they are.
 */
function insertReviews(ctx: ServiceContext, file: SessionFile, sessionId: string, ids: IdMaps) {
  const { repos } = ctx
  for (const { actionId, outcome, note = '' } of file.actionReviews) {
    const earlier = repos.actions.get(actionId)?.action
    if (!earlier || earlier.sessionId === sessionId) continue
    const copy = file.actions.find((a) => a.origin === 'meegenomen' && a.originRef === actionId)
    const carriedActionId = outcome === 'meegenomen' && copy ? mapped(ids.actions, copy.id) : null
    // No previous status: undoing this review must not set the earlier action either.
    repos.reviews.set({ sessionId, actionId, outcome, note, previousStatus: null, carriedActionId })
  }
}

function insertQuickscan(ctx: ServiceContext, file: SessionFile, sessionId: string) {
  const { repos } = ctx
  const scan = file.quickscan
  if (!scan) return
  const { revealed, packVersion, createdAt } = scan
  const quickscanId = repos.quickscans.ensure({
    id: ctx.newId(),
    sessionId,
    revealed,
    packVersion,
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
 * Themes and vote rounds with new ids, pointing at the cards' and themes' new ids. A voted-on
 * card the file no longer holds points at nothing (the option keeps its text); voters get new
 * anonymous ids, so a ballot still counts once.
 */
function insertVoting(ctx: ServiceContext, file: SessionFile, sessionId: string, ids: IdMaps) {
  const { repos } = ctx
  const themes = freshIds(ctx, file.themes ?? [])
  for (const theme of [...(file.themes ?? [])].sort((a, b) => a.position - b.position)) {
    const id = themes.get(theme.id) as string
    repos.themes.insert({ id, sessionId, screenId: theme.screenId, title: theme.title }, ctx.now())
    for (const cardId of theme.cardIds)
      repos.themes.assign(ids.contributions.get(cardId) as string, id)
  }
  const refOf = (option: { kind: string; refId: string }): string => {
    if (option.kind === 'card') return ids.contributions.get(option.refId) ?? ctx.newId()
    if (option.kind === 'theme') return themes.get(option.refId) as string
    return option.refId
  }
  for (const round of file.votes ?? []) {
    const roundId = ctx.newId()
    const options = freshIds(ctx, round.options)
    const remap = (allocation: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(allocation).map(([optionId, dots]) => [
          options.get(optionId) as string,
          dots
        ])
      )
    repos.votes.insert({
      id: roundId,
      sessionId,
      title: round.title,
      dotsPerPerson: round.dotsPerPerson,
      status: round.status,
      createdAt: round.createdAt,
      options: round.options.map((option) => ({
        ...option,
        id: options.get(option.id) as string,
        refId: refOf(option)
      }))
    })
    // Sorted, so the ballots read back in the file's order (they are listed by voter id).
    const voters = round.ballots.map(() => ctx.newId()).sort()
    round.ballots.forEach((ballot, i) => {
      repos.votes.setBallot(roundId, voters[i] as string, remap(ballot.allocation))
    })
    repos.votes.setPaper(roundId, round.paper.people, remap(round.paper.dots))
  }
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
    insertVoting(ctx, file, sessionId, ids)
    return loadSession(ctx, sessionId)
  })
}
