import { join } from 'node:path'
import type { Backup } from '../../shared/api/backup-methods'
import { checkBackupFile, copyBackupInto } from '../db/backup-copy'
import type { Db } from '../db/types'
import type { BackupReason } from './backup-names'

/** A restore that may not happen; the message is Dutch and meant for the facilitator. */
export class BackupRefused extends Error {}

const refusals = {
  beschadigd: 'Deze back-up is beschadigd en kan niet worden teruggezet. Kies een andere.',
  nieuwer:
    'Deze back-up komt uit een nieuwere versie van Samenspel. Werk Samenspel bij om hem terug te zetten.',
  onbekend: 'Dit bestand is geen back-up van Samenspel.'
}

export interface RestoreDeps {
  db: Db
  dir: string
  list(): Backup[]
  make(reason: BackupReason, spare: readonly string[]): Promise<Backup>
}

/**
 * Checks the chosen backup, saves the live data as `voor-herstel`, then copies the backup into
 * the live database. Only a listed name is accepted, so no path can reach outside `dir`.
 */
export async function restoreBackup(deps: RestoreDeps, fileName: string): Promise<void> {
  if (!deps.list().some((backup) => backup.fileName === fileName)) {
    throw new BackupRefused('Deze back-up bestaat niet (meer). Kies er een uit de lijst.')
  }
  const file = join(deps.dir, fileName)
  const verdict = checkBackupFile(file)
  if (verdict !== 'ok') throw new BackupRefused(refusals[verdict])
  // The chosen backup is spared from pruning: it is about to be read.
  await deps.make('voor-herstel', [fileName])
  await copyBackupInto(file, deps.db)
}
