import Database from 'better-sqlite3'
import { migrate } from '../../src/main/db/migrate'
import { migrations } from '../../src/main/db/migrations'
import { createDispatch } from '../../src/main/services/dispatch'
import { createServices } from '../../src/main/services'

/** Services over an in-memory database with a clock the test controls. */
export function makeTestCore() {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, migrations)
  let tick = 0
  const now = () => new Date(Date.UTC(2026, 10, 22, 9, 0, tick++)).toISOString()
  const errors: unknown[] = []
  const dispatch = createDispatch(
    createServices({
      db,
      appInfo: { version: '0.0.0-test', host: 'browser', dataDir: '/tmp/test' },
      now
    }),
    { logError: (error) => errors.push(error) }
  )
  return { db, dispatch, errors }
}

export const sampleDetails = {
  title: 'Teamsessie samenwerken met ouders',
  school: 'De Regenboog',
  team: 'Onderbouw',
  date: '2026-11-22',
  facilitator: 'Mira'
}
