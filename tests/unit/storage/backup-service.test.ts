import { describe, expect, it } from 'vitest'
import { describeStartupProblem } from '../../../src/main/backup/startup-problem-text'
import type { StartupProblem } from '../../../src/shared/api/backup-methods'
import { call, callFails, makeTestCore, missingId } from '../../helpers/test-core'

describe('backups without a data directory (an in-memory database)', () => {
  it('lists none, makes none, and reports no start-up problem', async () => {
    const core = makeTestCore()
    expect(await call(core, 'backup.list', {})).toEqual([])
    expect(await call(core, 'session.close', { sessionId: missingId })).toEqual({ backup: null })
    expect(await call(core, 'app.startupProblem', {})).toBeNull()
    expect((await callFails(core, 'backup.create', {})).code).toBe('unavailable')
  })

  it('validates a restore request before anything else', async () => {
    const core = makeTestCore()
    const error = await callFails(core, 'backup.restore', { fileName: 'x'.repeat(300) })
    expect(error.code).toBe('validation')
  })
})

describe('the start-up problem in words', () => {
  const problem: StartupProblem = {
    kind: 'pagina-beschadigd',
    movedTo: '/data/beschadigd/samenspel-2026-11-22T09-00-00.db',
    newestBackup: {
      fileName: 'samenspel-2026-11-21T17-30-00-sessie-gesloten.db',
      createdAt: '2026-11-21T17:30:00.000Z',
      sessionTitle: 'Teamsessie',
      sizeBytes: 4096,
      reason: 'sessie-gesloten'
    }
  }

  it('says what happened, where the file went, and which backup can be restored', () => {
    const text = describeStartupProblem(problem)
    expect(text).toMatch(/deel van het gegevensbestand .* beschadigd/)
    expect(text).toContain('niet verwijderd maar verplaatst naar /data/beschadigd/samenspel-')
    expect(text).toContain('samenspel-2026-11-21T17-30-00-sessie-gesloten.db')
    expect(text).toContain('lege database')
  })

  it('writes the backup date as the reader does, in Dutch or English', () => {
    expect(describeStartupProblem(problem, 'nl')).toMatch(/van 21 november 2026 om \d\d:30/)
    expect(describeStartupProblem(problem, 'en')).toMatch(/from 21 November 2026 at \d\d:30/)
  })

  it('says so when there is no backup', () => {
    const text = describeStartupProblem({ ...problem, newestBackup: null })
    expect(text).toContain('Er is geen back-up om terug te zetten.')
  })
})
