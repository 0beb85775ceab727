import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ApiHandlers } from '../../shared/api/contract'
import { describeValidationError, interpreted } from '../../shared/api/validation'
import type { Session } from '../../shared/domain/session'
import type { ContentIds } from './content-ids'
import { demoSessionSchemaFor, type DemoSession } from './demo-session-schema'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'
import { insertDemoHistory, loadDemoHistory } from './demo-history'
import { insertDemoVoting } from './demo-votes'
import type { DemoHistory } from './demo-history-schema'
import { teamForNames } from './school-places'
import { loadSession } from './session-service'

/** Where the demo lives, relative to the resources directory. */
export const demoSessionFile = 'demo/demo-session.json'

/** The demo file was edited by hand and broken: the message names the file and the field. */
export class DemoSessionError extends Error {
  constructor(detail: string) {
    super(`Voorbeeldsessie ${demoSessionFile} is ongeldig: ${detail}`)
    this.name = 'DemoSessionError'
  }
}

export function loadDemoSession(resourcesDir: string, ids: ContentIds): DemoSession {
  const file = join(resourcesDir, ...demoSessionFile.split('/'))
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new DemoSessionError(`het bestand ontbreekt (${file})`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new DemoSessionError(`geen geldige JSON (${(error as Error).message})`)
  }
  const parsed = demoSessionSchemaFor(ids).safeParse(json, interpreted)
  if (!parsed.success) throw new DemoSessionError(describeValidationError(parsed.error))
  return parsed.data
}

/** Today in the user's time zone, as the date a user would have picked. */
function localDate(iso: string): string {
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * The session and its participants; returns participant ids by name. The first example of
 * the fictitious school also gets its earlier meetings; a later one is simply its next meeting.
 */
function insertSession(
  ctx: ServiceContext,
  sessionId: string,
  demo: DemoSession,
  history: DemoHistory | undefined
) {
  const { repos } = ctx
  const now = ctx.now()
  const { title, school, team, facilitator } = demo
  const today = localDate(now)
  const { sector = null, board = '' } = history ?? {}
  const teamId = teamForNames(ctx, { school, team }, now, { sector, board })
  if (history && teamId && repos.sessions.listForTeam(teamId).length === 0) {
    insertDemoHistory(ctx, teamId, history, today)
  }
  repos.sessions.insert(sessionId, { title, teamId, facilitator, date: today }, now)
  repos.sessions.setPosition(sessionId, demo.position)
  const ids = new Map<string, string>()
  for (const { name, role } of demo.participants) {
    ids.set(name, repos.participants.insert({ id: ctx.newId(), sessionId, name, role }).id)
  }
  return ids
}

function insertRecords(
  ctx: ServiceContext,
  sessionId: string,
  demo: DemoSession,
  participantIds: Map<string, string>
): void {
  const { repos } = ctx
  const now = ctx.now()
  repos.focus.replace(sessionId, demo.focus)
  const cardIds: string[] = []
  for (const { participant, ...card } of demo.contributions) {
    const participantId = participant === null ? null : (participantIds.get(participant) ?? null)
    const id = ctx.newId()
    repos.contributions.insert({ ...card, id, sessionId, participantId }, now)
    cardIds.push(id)
  }
  insertDemoVoting(
    ctx,
    sessionId,
    demo,
    cardIds,
    demo.contributions.map((card) => card.text)
  )
  for (const note of demo.notes) repos.notes.set(sessionId, note, now)
  for (const entry of demo.conversationForms) repos.stap2.setForm(sessionId, entry)
  for (const entry of demo.agendaElements) repos.stap2.setAgendaElement(sessionId, entry)
  repos.stap2.setAgendaDetails(sessionId, demo.agenda)
  for (const entry of demo.selfAssessments) repos.stap3.setAssessment(sessionId, entry)
  for (const choice of demo.supportChoices) repos.stap3.setSupportChoice(sessionId, choice)
}

export function createDemoSession(
  ctx: ServiceContext,
  demo: DemoSession,
  history?: DemoHistory,
  intentId?: string
): Session {
  return ctx.repos.transaction(() => {
    // The same intent (a double click) gets the session the first click made.
    if (intentId && ctx.repos.sessions.get(intentId)) return loadSession(ctx, intentId)
    const sessionId = intentId ?? ctx.newId()
    const participantIds = insertSession(ctx, sessionId, demo, history)
    insertRecords(ctx, sessionId, demo, participantIds)
    return loadSession(ctx, sessionId)
  })
}

/** The demo file is read on first use, so a broken file costs the example, not the app. */
export function createDemoService(
  ctx: ServiceContext,
  resourcesDir: string
): Pick<ApiHandlers, 'session.createDemo'> {
  let demo: { session: DemoSession; history: DemoHistory } | undefined
  const load = () => {
    try {
      demo ??= {
        session: loadDemoSession(resourcesDir, ctx.ids),
        history: loadDemoHistory(resourcesDir, ctx.ids, (detail) => new DemoSessionError(detail))
      }
      return demo
    } catch (error) {
      if (error instanceof DemoSessionError) throw new ServiceError('unavailable', error.message)
      throw error
    }
  }
  return {
    'session.createDemo': ({ id }) => {
      const { session, history } = load()
      return createDemoSession(ctx, session, history, id)
    }
  }
}
