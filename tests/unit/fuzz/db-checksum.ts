import { createHash } from 'node:crypto'
import type { TestCore } from '../../helpers/test-core'

/** Row values as text: blobs by content, numbers and strings as they are. */
function rowText(row: unknown): string {
  return JSON.stringify(row, (_key, value: unknown) =>
    Buffer.isBuffer(value) ? `blob:${value.toString('base64')}` : value
  )
}

/**
 * One hash over the schema, the schema version and every row of every table, to show that a
 * run of refused calls left the database exactly as it was.
 */
export function databaseChecksum(db: TestCore['db']): string {
  const hash = createHash('sha256')
  hash.update(`user_version=${String(db.pragma('user_version', { simple: true }))}\n`)
  const tables = db
    .prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    )
    .all()
  for (const { name, sql } of tables) {
    hash.update(`${sql}\n`)
    // Sorted as text, so a table without rowid hashes the same as one with.
    const rows = db.prepare<[], unknown>(`SELECT * FROM "${name}"`).all().map(rowText).sort()
    hash.update(`${name}:${rows.length}\n${rows.join('\n')}\n`)
  }
  return hash.digest('hex')
}
