import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeTempDir } from '../../helpers/temp-dir'

/**
 * A backups folder this user may not read. Tests run as root here, and root reads any folder,
 * so the refusal the operating system would give (EACCES) is made by Node's own readdirSync for
 * that one folder; everything else goes to the real file system.
 */
const denied = new Set<string>()
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  const readdirSync = ((path: Parameters<typeof fs.readdirSync>[0], ...rest: unknown[]) => {
    if (denied.has(String(path))) {
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), {
        code: 'EACCES'
      })
    }
    return (fs.readdirSync as (...args: unknown[]) => unknown)(path, ...rest)
  }) as typeof fs.readdirSync
  return { ...fs, default: { ...fs, readdirSync }, readdirSync }
})

const { call, callFails, createSession, openCore } = await import('./storage-helpers')

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
  denied.clear()
})

describe('a backups folder that cannot be read', () => {
  it('does not stop the app, and says in Dutch where backups are listed', async () => {
    const dir = makeTempDir()
    cleanups.push(dir.remove)
    const backups = join(dir.path, 'backups')
    mkdirSync(backups)
    denied.add(backups)
    const core = openCore(dir.path)
    cleanups.push(() => core.close())
    await createSession(core, 'Gewoon verder')
    expect((await call<{ title: string }[]>(core, 'session.list')).map((s) => s.title)).toEqual([
      'Gewoon verder'
    ])
    const listed = await callFails(core, 'backup.list', {})
    expect(listed.message).toBe(
      `Samenspel kan geen back-ups maken: het heeft geen toestemming om de map ${backups} te lezen. Je gegevens zelf zijn in orde.`
    )
    expect((await callFails(core, 'backup.create', {})).message).toBe(listed.message)
  })
})
