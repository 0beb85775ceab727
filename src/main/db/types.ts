import type BetterSqlite3 from 'better-sqlite3'

export type Db = BetterSqlite3.Database

/** One schema version: `up` runs inside the runner's transaction. */
export interface Migration {
  version: number
  name: string
  up(db: Db): void
}
