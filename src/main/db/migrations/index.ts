import type { Migration } from '../types'
import { migration0001Init } from './0001-init'
import { migration0002SessionWorkspace } from './0002-session-workspace'

/** Every schema version in order; a new version is a new file added here, never an edit. */
export const migrations: readonly Migration[] = [migration0001Init, migration0002SessionWorkspace]
