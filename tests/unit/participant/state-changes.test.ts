import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/open-database'
import { createDispatch } from '../../../src/main/services/dispatch'
import { createServices } from '../../../src/main/services'
import type { Workspace } from '../../../src/shared/domain/workspace'
import type { ParticipantState, StateChanges } from '../../../src/shared/participant/protocol'
import { makeTempDir } from '../../helpers/temp-dir'
import {
  call,
  repoResourcesDir,
  sampleDetails,
  testAppInfo,
  testContent,
  type TestCore
} from '../../helpers/test-core'
import { api, joinAs, joiningSession, submit } from './participant-helpers'
import { participantPorts } from '../../helpers/participant-ports'
import { applyStateChanges } from '../../../src/renderer/src/participant/state-changes'

const stateOf = async (port: number, token: string) =>
  (await api(port, 'GET', '/api/state', { token })).json() as unknown as ParticipantState

const waitChanges = async (port: number, token: string, since: number, waitMs = 5_000) => {
  const res = await api(port, 'POST', '/api/state/changes', { token, body: { since, waitMs } })
  expect(res.status, res.body).toBe(200)
  return res.json() as unknown as StateChanges
}

describe('a phone following the meeting', () => {
  it('hears of its own card’s status and of a pause, and not of others’ cards', async () => {
    const { core, port, code, sessionId } = await joiningSession({ moderation: true })
    const anna = await joinAs(port, code, 'Anna')
    const bram = await joinAs(port, code, 'Bram')
    await submit(port, anna, 'Van Anna')
    const state = await stateOf(port, anna)
    expect(state.mine.map((c) => c.status)).toEqual(['wacht'])

    let answered: StateChanges | null = null
    const waiting = waitChanges(port, anna, state.version).then((changes) => (answered = changes))
    await submit(port, bram, 'Van Bram')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(answered).toBeNull()

    const [card] = (await call<Workspace>(core, 'workspace.get', { sessionId })).contributions
    await call(core, 'contribution.update', { id: card!.id, patch: { held: false } })
    const delta = await waiting
    expect(delta).toMatchObject({ kind: 'delta', removedMine: [] })
    if (delta.kind !== 'delta') throw new Error(delta.kind)
    expect(delta.mine.map((c) => [c.text, c.status])).toEqual([['Van Anna', 'zichtbaar']])
    expect(delta.header).toBeUndefined()
    expect(JSON.stringify(delta)).not.toContain('Van Bram')

    const paused = waitChanges(port, anna, delta.version)
    await call(core, 'joining.update', { sessionId, paused: true })
    expect(await paused).toMatchObject({ kind: 'delta', mine: [], header: { paused: true } })
  })

  it('follows a merge of its card by deltas to exactly what a fresh load shows', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    const sanne = await joinAs(port, code, 'Sanne')
    const tim = await joinAs(port, code, 'Tim')
    await submit(port, sanne, 'Ouders vaker bellen')
    await submit(port, tim, 'Ook bij goed nieuws')
    let state = await stateOf(port, tim)
    const follow = async (change: () => Promise<unknown>) => {
      const waiting = waitChanges(port, tim, state.version)
      await change()
      state = applyStateChanges(state, await waiting)
      // What the phone holds after the delta is what it would load afresh, text as sent.
      expect(state).toEqual(await stateOf(port, tim))
    }
    const [first, second] = (await call<Workspace>(core, 'workspace.get', { sessionId }))
      .contributions
    await follow(() =>
      call(core, 'contribution.merge', { targetId: first!.id, sourceId: second!.id })
    )
    expect(state.mine.map((c) => [c.text, c.status])).toEqual([
      ['Ook bij goed nieuws', 'zichtbaar']
    ])
    // Its status follows the card it went into, though that card is Sanne's.
    await follow(() =>
      call(core, 'contribution.update', { id: first!.id, patch: { hidden: true } })
    )
    expect(state.mine.map((c) => c.status)).toEqual(['verborgen'])
    await follow(() => call(core, 'contribution.delete', { id: first!.id }))
    expect(state.mine).toEqual([])
    // Undoing the merge brings Tim's card back on its own.
    await follow(() => call(core, 'contribution.restore', { id: second!.id }))
    expect(state.mine.map((c) => [c.text, c.status])).toEqual([
      ['Ook bij goed nieuws', 'zichtbaar']
    ])
  })

  it('hears a vote opening in its header', async () => {
    const { core, port, code, sessionId } = await joiningSession()
    const anna = await joinAs(port, code, 'Anna')
    await submit(port, anna, 'Een idee')
    await submit(port, anna, 'Nog een idee')
    const state = await stateOf(port, anna)
    expect(state.voteOpen).toBe(false)
    const [one, two] = (await call<Workspace>(core, 'workspace.get', { sessionId })).contributions
    const waiting = waitChanges(port, anna, state.version)
    await call(core, 'vote.start', {
      sessionId,
      id: '99999999-9999-4999-8999-999999999999',
      title: 'Wat pakken we op?',
      dotsPerPerson: 3,
      options: [
        { kind: 'card', refId: one!.id },
        { kind: 'card', refId: two!.id }
      ]
    })
    expect(await waiting).toMatchObject({ kind: 'delta', header: { voteOpen: true } })
  })

  it('answers none after the wait, and the whole state when too far behind', async () => {
    const { port, code } = await joiningSession()
    const token = await joinAs(port, code)
    const { version } = await stateOf(port, token)
    expect(await waitChanges(port, token, version, 50)).toEqual({ kind: 'none', version })
    const far = await waitChanges(port, token, version + 1_000, 50)
    expect(far).toMatchObject({ kind: 'state', state: { version } })
  })
})

describe('the session version', () => {
  it('survives a restart: a screen that kept its version hears nothing changed', async () => {
    const dir = makeTempDir()
    try {
      const file = join(dir.path, 'samenspel.db')
      const open = () => {
        const db = openDatabase(file)
        const services = createServices({
          ...participantPorts(),
          db,
          content: testContent(),
          appInfo: testAppInfo,
          resourcesDir: repoResourcesDir
        })
        return { db, core: { db, dispatch: createDispatch(services), errors: [] } as TestCore }
      }
      const first = open()
      const { id: sessionId } = await call<{ id: string }>(
        first.core,
        'session.create',
        sampleDetails
      )
      await call(first.core, 'note.set', { sessionId, screenId: 'stap2', text: 'Notitie' })
      const input = { sessionId, version: 0, timeoutMs: 0 }
      const { version } = await call<{ version: number }>(
        first.core,
        'session.waitForChange',
        input
      )
      first.db.close()

      const second = open()
      const again = await call<{ version: number; changes: unknown }>(
        second.core,
        'session.waitForChange',
        { sessionId, version, timeoutMs: 30 }
      )
      expect(again).toEqual({ version, changes: { kind: 'none' } })
      await call(second.core, 'note.set', { sessionId, screenId: 'stap2', text: 'Later' })
      const next = await call<{ version: number }>(second.core, 'session.waitForChange', input)
      expect(next.version).toBe(version + 1)
      second.db.close()
    } finally {
      dir.remove()
    }
  })
})
