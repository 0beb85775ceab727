import Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { loadContent } from '../../src/main/content/load-content'
import { migrate } from '../../src/main/db/migrate'
import { migrations } from '../../src/main/db/migrations'
import { createDispatch } from '../../src/main/services/dispatch'
import { createServices, type DesktopCapabilities } from '../../src/main/services'
import type { ContentBundle } from '../../src/shared/content/content-bundle'
import { emptyActionFields, type Action } from '../../src/shared/domain/action-plan'
import type { Contribution } from '../../src/shared/domain/workspace'

/** The repository's own resources/, with the packs the app ships. */
export const repoResourcesDir = join(__dirname, '..', '..', 'resources')

let content: ContentBundle | undefined

/** The real content packs, read once per test file. */
export function testContent(): ContentBundle {
  content ??= loadContent(repoResourcesDir)
  return content
}

export const testAppInfo = { version: '0.0.0-test', host: 'browser', dataDir: '/tmp/test' } as const

export interface TestCoreOptions {
  desktop?: DesktopCapabilities
  resourcesDir?: string
  /** Another clock, for tests that judge against today (overdue actions). */
  now?: () => string
}

/** An in-memory database at the newest schema, with foreign keys on as the app opens it. */
export function makeTestDb() {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations)
  return db
}

/** Services over an in-memory database with a clock the test controls. */
export function makeTestCore(options: TestCoreOptions = {}) {
  const db = makeTestDb()
  let tick = 0
  const now = options.now ?? (() => new Date(Date.UTC(2026, 10, 22, 9, 0, tick++)).toISOString())
  const errors: unknown[] = []
  const dispatch = createDispatch(
    createServices({
      db,
      content: testContent(),
      appInfo: testAppInfo,
      desktop: options.desktop,
      resourcesDir: options.resourcesDir ?? repoResourcesDir,
      now
    }),
    { logError: (error) => errors.push(error) }
  )
  return { db, dispatch, errors }
}

export type TestCore = ReturnType<typeof makeTestCore>

/** Calls a method and returns its data; a failed call fails the test with its message. */
export async function call<T>(core: TestCore, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.data as T
}

/** Calls a method that should fail and returns its error. */
export async function callFails(core: TestCore, method: string, input: unknown) {
  const result = await core.dispatch(method, input)
  if (result.ok) throw new Error(`${method} should have failed`)
  return result.error
}

export const sampleDetails = {
  title: 'Teamsessie samenwerken met ouders',
  school: 'De Regenboog',
  team: 'Onderbouw',
  date: '2026-11-22',
  facilitator: 'Mira'
}

/** A new session with two participants, for tests that record things in one. */
export async function sessionWithTeam(core: TestCore) {
  const session = await call<{ id: string }>(core, 'session.create', sampleDetails)
  const anna = await call<{ id: string }>(core, 'participant.add', {
    sessionId: session.id,
    name: 'Anna',
    role: 'mentor'
  })
  const bram = await call<{ id: string }>(core, 'participant.add', {
    sessionId: session.id,
    name: 'Bram'
  })
  return { sessionId: session.id, annaId: anna.id, bramId: bram.id }
}

export const missingId = '00000000-0000-4000-8000-000000000000'

/** Every table's row count, to show that a refused write left the database as it was. */
export function rowCounts(db: TestCore['db']): Record<string, number> {
  const tables = db
    .prepare<[], string>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    .pluck()
    .all()
  return Object.fromEntries(
    tables.map((table) => [
      table,
      db.prepare<[], number>(`SELECT COUNT(*) FROM "${table}"`).pluck().get() ?? 0
    ])
  )
}

/** A session of the same team (sampleDetails' school and team) on another date. */
export async function teamSessionOn(core: TestCore, date: string, extra: object = {}) {
  return call<{ id: string; title: string }>(core, 'session.create', {
    ...sampleDetails,
    title: `Teamsessie ${date}`,
    date,
    ...extra
  })
}

/** A card on Stap 1's first question unless `extra` says otherwise (screenId, tag, …). */
export async function addCard(core: TestCore, sessionId: string, text: string, extra: object = {}) {
  return call<Contribution>(core, 'contribution.add', {
    sessionId,
    id: randomUUID(),
    screenId: 'stap1-vraag-1',
    text,
    ...extra
  })
}

/** An action with only `what` filled in, plus whatever fields `extra` sets. */
export async function addAction(
  core: TestCore,
  sessionId: string,
  what: string,
  extra: object = {}
) {
  return call<Action>(core, 'action.add', {
    sessionId,
    id: randomUUID(),
    fields: { ...emptyActionFields(what), ...extra }
  })
}
