import { afterEach, describe, expect, it } from 'vitest'
import type { AppCore } from '../../../src/main/core'
import type { Backup } from '../../../src/shared/api/backup-methods'
import type { JoiningStatus } from '../../../src/shared/domain/joining'
import { makeTempDir } from '../../helpers/temp-dir'
import { call, cardTexts, createSession, openCore } from '../storage/storage-helpers'
import { api, defaultSettings, joinAs, submit } from './participant-helpers'

const opened: { core: AppCore; remove(): void }[] = []
afterEach(() => {
  for (const { core, remove } of opened.splice(0)) {
    core.close()
    remove()
  }
})

function openApp() {
  const dir = makeTempDir()
  const core = openCore(dir.path)
  opened.push({ core, remove: dir.remove })
  return core
}

async function startJoining(core: AppCore, sessionId: string) {
  await call(core, 'session.setPosition', { sessionId, screenId: 'stap1-vraag-1' })
  const status = await call<JoiningStatus>(core, 'joining.start', {
    sessionId,
    address: '127.0.0.1',
    ...defaultSettings
  })
  return { port: Number(new URL(status.url).port), code: status.code }
}

describe('restoring a backup while phones take part', () => {
  it('tells a phone that joined after the backup to rejoin, and its next card is stored', async () => {
    const core = openApp()
    const sessionId = await createSession(core, 'Teamsessie')
    // The backup knows the screen the phones write to; it does not know the phone.
    await call(core, 'session.setPosition', { sessionId, screenId: 'stap1-vraag-1' })
    const backup = await call<Backup>(core, 'backup.create')
    const { port, code } = await startJoining(core, sessionId)
    const token = await joinAs(port, code, 'Sanne')
    expect((await submit(port, token, 'Voor het terugzetten')).status).toBe(200)

    await call(core, 'backup.restore', { fileName: backup.fileName })

    // The reported fault: every card answered 500 (FOREIGN KEY constraint failed).
    const refused = await submit(port, token, 'Na het terugzetten')
    expect(refused.status).toBe(401)
    expect(refused.json().error).toBe(
      'De gespreksleider heeft een eerdere versie van de sessie teruggezet. Doe opnieuw mee met de code op het scherm.'
    )
    expect(await cardTexts(core, sessionId)).toEqual([])
    const emptied = await call<JoiningStatus>(core, 'joining.status', { sessionId })
    expect(emptied.devices).toEqual([])

    // Same code, a new token, and the device is in the data again.
    const again = await joinAs(port, code, 'Sanne')
    expect((await submit(port, again, 'Na het terugzetten')).status).toBe(200)
    expect(await cardTexts(core, sessionId)).toEqual(['Na het terugzetten'])
    const status = await call<JoiningStatus>(core, 'joining.status', { sessionId })
    expect(status.devices.map((d) => [d.name, d.contributions])).toEqual([['Sanne', 1]])
  })

  it('stops joining when the session itself is not in the backup', async () => {
    const core = openApp()
    await createSession(core, 'Eerder')
    const backup = await call<Backup>(core, 'backup.create')
    const later = await createSession(core, 'Later')
    const { port, code } = await startJoining(core, later)
    const token = await joinAs(port, code, 'Sanne')

    await call(core, 'backup.restore', { fileName: backup.fileName })

    // Closed, or closing with "the session is over": either way no card can reach a lost session.
    const outcome = await api(port, 'GET', '/api/state', { token }).then(
      (res) => res.status,
      (error: NodeJS.ErrnoException) => error.code
    )
    expect([410, 'ECONNREFUSED']).toContain(outcome)
    const titles = (await call<{ title: string }[]>(core, 'session.list')).map((s) => s.title)
    expect(titles).toEqual(['Eerder'])
  })
})
