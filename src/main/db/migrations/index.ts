import type { Migration } from '../types'
import { migration0001Init } from './0001-init'

/** Every schema version in order; a new version is a new file added here, never an edit. */
export const migrations: readonly Migration[] = [migration0001Init]
