import type { Db, Migration } from './types'

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number
  ) {
    super(
      `Dit databasebestand komt uit een nieuwere versie van Samenspel (schemaversie ${found}; ` +
        `deze versie kent t/m ${supported}). Werk Samenspel bij om het te openen. ` +
        `Het bestand is niet gewijzigd.`
    )
    this.name = 'DatabaseTooNewError'
  }
}

export function readSchemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

/** Throws before touching anything when the file was written by a newer Samenspel. */
export function assertNotNewer(db: Db, list: readonly Migration[]): void {
  const found = readSchemaVersion(db)
  const supported = latestVersion(list)
  if (found > supported) throw new DatabaseTooNewError(found, supported)
}

export function latestVersion(list: readonly Migration[]): number {
  return list.reduce((max, m) => Math.max(max, m.version), 0)
}

/**
 * Brings the schema up to the newest version, one step per transaction, so a crash between
 * steps leaves a database at a known version rather than half-migrated.
 */
export function migrate(db: Db, list: readonly Migration[], target = latestVersion(list)): number {
  assertNotNewer(db, list)
  const ordered = [...list].sort((a, b) => a.version - b.version)
  for (const migration of ordered) {
    if (migration.version > target) break
    if (migration.version <= readSchemaVersion(db)) continue
    db.transaction(() => {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    })()
  }
  return readSchemaVersion(db)
}
